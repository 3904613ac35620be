#!/usr/bin/env python3
"""Writes a synthetic content folder of N articles built from the real ones in content/.

Each copy keeps a real article's body (so it has the same shape: sections, care cards, exercises) and gets its
own slug, title, summary, topic set and a closing paragraph of varied words, so search and related articles
have distinctive terms to work with. Topics: N / 50 (at least 6), each used. Deterministic for a given N.

The first copy of each real article keeps its aliases, so the real articles' old URLs still redirect.

    corpus.py <real content folder> <destination> <article count>
"""
import os
import random
import re
import shutil
import sys

WORDS_PER_ARTICLE = 850
SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vu", "pel", "dor", "sin", "bra", "quo", "fen", "gil", "hart",
             "jun", "mor", "nep", "ost", "pra", "ul", "zen", "wex", "yor", "cim"]
OPENERS = ["Aching", "Busy", "Calm", "Daily", "Early", "Firm", "Gentle", "Hidden", "Inner", "Jogging", "Knotted",
           "Lazy", "Moving", "Night", "Office", "Painful", "Quiet", "Restless", "Stiff", "Tired", "Upper", "Weak",
           "Young", "Zesty", "Nervous", "Sore"]


def pseudo_words(rng, count):
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(count)]


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def split_front_matter(text):
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not match:
        raise SystemExit("a real article has no front matter")
    fields = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields, match.group(2)


def main():
    source, destination, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(count)
    real = []
    for name in sorted(os.listdir(source)):
        if name.endswith(".md"):
            with open(os.path.join(source, name), encoding="utf-8") as f:
                real.append(split_front_matter(f.read()))
    if not real:
        raise SystemExit(f"no articles in {source}")

    topic_count = max(6, count // 50)
    vocabulary = pseudo_words(rng, 20000)
    topic_words = pseudo_words(rng, topic_count)

    if os.path.exists(destination):
        shutil.rmtree(destination)
    os.makedirs(destination)
    if os.path.isdir(os.path.join(source, "images")):
        shutil.copytree(os.path.join(source, "images"), os.path.join(destination, "images"))

    with open(os.path.join(destination, "topics.yml"), "w", encoding="utf-8") as f:
        for i, word in enumerate(topic_words):
            f.write(f"- key: topic-{i + 1:03d}\n  name: {word.capitalize()} topic {i + 1}\n"
                    f"  description: Articles about {word} and the muscles around the hips, number {i + 1}.\n")

    for i in range(count):
        fields, body = real[i % len(real)]
        opener = OPENERS[(i * 7) % len(OPENERS)]
        slug = f"{fields['slug']}-{i + 1}"
        title = f"{opener} {rng.choice(vocabulary)}: {fields['title']} {i + 1}"
        topics = sorted({i % topic_count, rng.randrange(topic_count), rng.randrange(topic_count)})
        words_now = len(re.findall(r"\w+", body))
        extra = max(60, WORDS_PER_ARTICLE - words_now)
        own = rng.sample(vocabulary, 12)
        sentences = []
        while sum(len(s.split()) for s in sentences) < extra:
            picked = [rng.choice(own) if rng.random() < 0.4 else rng.choice(vocabulary) for _ in range(rng.randint(8, 14))]
            sentences.append(" ".join(picked).capitalize() + ".")
        day = 1 + i % 28
        summary = f"A synthetic copy, number {i + 1}, of the article on {fields['title'].lower()}."[:160]
        front = "\n".join([
            "---",
            f"title: {quote(title)}",
            f"slug: {slug}",
            f"summary: {quote(summary)}",
            "topics: [" + ", ".join(f"topic-{t + 1:03d}" for t in topics) + "]",
            f"published: 2026-{1 + i % 11:02d}-{day:02d}",
            f"reviewed: 2026-{1 + i % 11:02d}-{day:02d}",
        ] + ([f"aliases: {fields['aliases']}"] if i < len(real) and fields.get("aliases") else []) + ["---"])
        # The extra paragraph goes before the first H2, so the article's section order stays as the real one's.
        first_h2 = body.find("\n## ")
        paragraph = "\n" + " ".join(sentences) + "\n"
        text = body if first_h2 < 0 else body[:first_h2] + "\n" + paragraph + body[first_h2:]
        with open(os.path.join(destination, f"{slug}.md"), "w", encoding="utf-8") as f:
            f.write(front + "\n" + text)


if __name__ == "__main__":
    main()

"""The anatomy diagram: buttock and hip from behind (top) and from the side (bottom), muscles labelled in words."""
import re

FILL = {"m-max": "#e8a0a0", "m-med": "#f2c46d", "m-flex": "#8cc5e3"}


def mirror(d, axis=170):
    """Mirror a path of absolute M/C/L/Z commands across x = axis."""
    out = []
    for token in re.findall(r"[MCLZ]|-?\d+(?:\.\d+)?", d):
        out.append(token)
    result, i, is_x = [], 0, True
    for token in out:
        if token in "MCLZ":
            result.append(token)
            is_x = True
            continue
        v = float(token)
        if is_x:
            v = 2 * axis - v
        result.append(("%g" % v))
        is_x = not is_x
    return " ".join(result)


def muscle(cls, d):
    return f'<path class="{cls}" fill="{FILL[cls]}" stroke-width="1.5" d="{d}"/>'


def label(text, x, y, anchor, line):
    (x1, y1), (x2, y2) = line
    return (f'<path stroke-width="1.5" d="M{x1} {y1}L{x2} {y2}"/><circle class="fl" fill="currentColor" stroke="none" cx="{x2}" cy="{y2}" r="3"/>'
            f'<text class="fl" fill="currentColor" stroke="none" x="{x}" y="{y}" text-anchor="{anchor}">{text}</text>')


def behind(oy):
    outline_fill = ("M112 14 C 100 50, 68 80, 68 125 C 68 160, 78 200, 86 262 L 160 262 C 162 235, 164 215, 170 200 "
                    "C 176 215, 178 235, 180 262 L 254 262 C 262 200, 272 160, 272 125 C 272 80, 240 50, 228 14 Z")
    outline = ("M112 14 C 100 50, 68 80, 68 125 C 68 160, 78 200, 86 262 M160 262 C 162 235, 164 215, 170 200 "
               "C 176 215, 178 235, 180 262 M254 262 C 262 200, 272 160, 272 125 C 272 80, 240 50, 228 14")
    medius = "M82 76 C 100 60, 130 58, 152 68 C 142 82, 122 98, 106 122 C 98 134, 92 146, 84 152 C 74 130, 74 98, 82 76 Z"
    maximus = "M166 92 C 150 88, 118 100, 102 126 C 90 148, 92 176, 104 196 C 125 206, 152 204, 168 196 Z"
    parts = [f'<g transform="translate(0 {oy})">',
             f'<path class="fb" fill="#e6f1f3" stroke="none" d="{outline_fill}"/>',
             muscle("m-med", medius), muscle("m-med", mirror(medius)),
             muscle("m-max", maximus), muscle("m-max", mirror(maximus)),
             f'<path d="{outline}"/><path stroke-width="1.5" d="M170 150 V 198"/>',
             label("Gluteus medius", 6, 2, "start", ((58, 8), (104, 84))),
             label("Gluteus maximus", 334, 300, "end", ((280, 286), (214, 168))),
             '<text class="fl" fill="currentColor" stroke="none" x="170" y="-22" text-anchor="middle" font-weight="700">From behind</text>',
             "</g>"]
    return "".join(parts)


def side(oy):
    outline_fill = ("M120 14 C 106 50, 86 90, 90 130 C 94 165, 112 200, 118 262 L 214 262 "
                    "C 220 200, 228 160, 226 130 C 224 110, 236 70, 222 14 Z")
    outline = ("M120 14 C 106 50, 86 90, 90 130 C 94 165, 112 200, 118 262 "
               "M214 262 C 220 200, 228 160, 226 130 C 224 110, 236 70, 222 14")
    medius = "M124 58 C 148 44, 182 42, 206 54 C 196 82, 180 112, 166 142 C 152 122, 136 92, 124 58 Z"
    maximus = "M146 72 C 124 72, 96 96, 92 130 C 92 158, 104 182, 120 200 C 136 182, 150 160, 156 138 C 162 116, 158 88, 146 72 Z"
    flexors = "M202 64 C 214 76, 222 98, 222 124 C 222 150, 220 172, 214 194 C 204 172, 196 142, 194 114 C 192 94, 194 76, 202 64 Z"
    parts = [f'<g transform="translate(0 {oy})">',
             f'<path class="fb" fill="#e6f1f3" stroke="none" d="{outline_fill}"/>',
             muscle("m-med", medius), muscle("m-max", maximus), muscle("m-flex", flexors),
             f'<path d="{outline}"/>',
             label("Gluteus medius", 334, 2, "end", ((270, 8), (176, 62))),
             label("Gluteus maximus", 6, 300, "start", ((60, 286), (112, 150))),
             label("Hip flexors", 334, 168, "end", ((300, 152), (214, 128))),
             '<text class="fl" fill="currentColor" stroke="none" x="170" y="-22" text-anchor="middle" font-weight="700">From the side</text>',
             '<text class="fl" fill="currentColor" stroke="none" x="58" y="240" text-anchor="middle">back</text>',
             '<text class="fl" fill="currentColor" stroke="none" x="272" y="240" text-anchor="middle">front</text>',
             "</g>"]
    return "".join(parts)


def anatomy():
    body = behind(52) + side(420)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 730" width="340" height="730" class="figure-tall" '
            'fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round" '
            'font-family="system-ui, sans-serif" font-size="16">' + body + "</svg>\n")

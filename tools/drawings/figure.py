"""Shared drawing parts for the site's exercise pictures: one calm line-art figure built from smooth,
tapered limb outlines (a plain mannequin, not a stick figure), a dashed ghost for the start position,
and arrows for the movement. Colours are classes the site's stylesheet sets (with plain fallbacks for the
file on its own), so a drawing follows light, dark and print."""
import math

ROOT = ('fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"')


def f(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def capsule(x1, y1, r1, x2, y2, r2):
    """Outline of two circles joined by their outer tangents: a limb segment that tapers from r1 to r2."""
    dx, dy = x2 - x1, y2 - y1
    d = math.hypot(dx, dy)
    if d <= abs(r1 - r2) + 0.01:
        r = max(r1, r2)
        return f"M{f(x1 - r)} {f(y1)}a{f(r)} {f(r)} 0 1 0 {f(2 * r)} 0a{f(r)} {f(r)} 0 1 0 {f(-2 * r)} 0z"
    a = math.atan2(dy, dx)
    phi = math.acos((r1 - r2) / d)
    p1a = (x1 + r1 * math.cos(a + phi), y1 + r1 * math.sin(a + phi))
    p1b = (x1 + r1 * math.cos(a - phi), y1 + r1 * math.sin(a - phi))
    p2a = (x2 + r2 * math.cos(a + phi), y2 + r2 * math.sin(a + phi))
    p2b = (x2 + r2 * math.cos(a - phi), y2 + r2 * math.sin(a - phi))
    large_end = 0 if phi < math.pi / 2 else 1
    return (f"M{f(p1a[0])} {f(p1a[1])}L{f(p2a[0])} {f(p2a[1])}"
            f"A{f(r2)} {f(r2)} 0 {large_end} 0 {f(p2b[0])} {f(p2b[1])}"
            f"L{f(p1b[0])} {f(p1b[1])}"
            f"A{f(r1)} {f(r1)} 0 {1 - large_end} 0 {f(p1a[0])} {f(p1a[1])}z")


def circle(x, y, r):
    return capsule(x, y, r, x, y, r)


def polar(x, y, length, degrees):
    """The point `length` away from (x, y) at an angle: 0 = right, 90 = down (SVG y grows downwards)."""
    t = math.radians(degrees)
    return x + length * math.cos(t), y + length * math.sin(t)


# Segment lengths and thicknesses (radius at the joint, radius at the far end), one body for every drawing.
L = dict(torso=60, neck=9, head=12.5, upper_arm=32, forearm=29, thigh=47, shin=45, foot=19)
R = dict(hip=13, chest=14.5, neck=5, shoulder=6.2, elbow=5, wrist=4, thigh=8.2, knee=6, ankle=4.4, toe=3.4)


class Figure:
    """A side view: angles in degrees (0 = right, 90 = down). Returns named joints and the outline parts."""

    def __init__(self, hip, torso, neck=None, near_leg=(90, 90, 0), far_leg=None, near_arm=(90, 90), far_arm=None,
                 head_tilt=0):
        self.hip = hip
        self.torso_angle = torso
        self.shoulder = polar(*hip, L["torso"], torso)
        self.neck_end = polar(*self.shoulder, L["neck"] + 4, neck if neck is not None else torso)
        self.head = polar(*self.neck_end, L["head"] * 0.85, (neck if neck is not None else torso) + head_tilt)
        self.near_leg = self._leg(near_leg)
        self.far_leg = self._leg(far_leg) if far_leg else None
        self.near_arm = self._arm(near_arm)
        self.far_arm = self._arm(far_arm) if far_arm else None

    def _leg(self, angles):
        thigh, shin, foot = angles
        knee = polar(*self.hip, L["thigh"], thigh)
        ankle = polar(*knee, L["shin"], shin)
        toe = polar(*ankle, L["foot"], foot)
        return dict(hip=self.hip, knee=knee, ankle=ankle, toe=toe)

    def _arm(self, angles):
        upper, fore = angles
        elbow = polar(*self.shoulder, L["upper_arm"], upper)
        wrist = polar(*elbow, L["forearm"], fore)
        return dict(shoulder=self.shoulder, elbow=elbow, wrist=wrist)

    @staticmethod
    def leg_paths(leg):
        return [capsule(*leg["hip"], R["thigh"], *leg["knee"], R["knee"]),
                capsule(*leg["knee"], R["knee"], *leg["ankle"], R["ankle"]),
                capsule(*leg["ankle"], R["ankle"], *leg["toe"], R["toe"])]

    @staticmethod
    def arm_paths(arm):
        return [capsule(*arm["shoulder"], R["shoulder"], *arm["elbow"], R["elbow"]),
                capsule(*arm["elbow"], R["elbow"], *arm["wrist"], R["wrist"])]

    def body_paths(self):
        return [capsule(*self.shoulder, R["neck"], *self.neck_end, R["neck"]),
                capsule(*self.hip, R["hip"], *self.shoulder, R["chest"]),
                circle(*self.head, L["head"])]

    def svg(self, cls="fb", parts=("far", "body", "near")):
        """Far limbs first, then the body, then the near limbs, so the outlines overlap as a body does."""
        out = []
        for part in parts:
            paths = []
            if part == "far":
                if self.far_leg:
                    paths += self.leg_paths(self.far_leg)
                if self.far_arm:
                    paths += self.arm_paths(self.far_arm)
            elif part == "body":
                paths += self.body_paths()
            elif part == "near":
                paths += self.leg_paths(self.near_leg) + self.arm_paths(self.near_arm)
            elif part == "near-leg":
                paths += self.leg_paths(self.near_leg)
            elif part == "near-arm":
                paths += self.arm_paths(self.near_arm)
            elif part == "far-leg" and self.far_leg:
                paths += self.leg_paths(self.far_leg)
            elif part == "far-arm" and self.far_arm:
                paths += self.arm_paths(self.far_arm)
            out += paths
        return group(cls, out)


def group(cls, paths):
    fill = {"fb": ' fill="#e6f1f3"', "fg": ' fill="#fff" stroke="#6b777c" stroke-dasharray="5 4" stroke-width="2"', "fp": ' stroke="#7a868c"'}[cls]
    return f'<g class="{cls}"{fill}>' + "".join(f'<path d="{p}"/>' for p in paths) + "</g>"


def arrow(points, head=9):
    """A smooth arrow through the points (quadratic when three are given), ending in a filled head."""
    if len(points) == 2:
        (x1, y1), (x2, y2) = points
        d = f"M{f(x1)} {f(y1)}L{f(x2)} {f(y2)}"
        tx, ty = x2 - x1, y2 - y1
    else:
        (x1, y1), (cx, cy), (x2, y2) = points
        d = f"M{f(x1)} {f(y1)}Q{f(cx)} {f(cy)} {f(x2)} {f(y2)}"
        tx, ty = x2 - cx, y2 - cy
    a = math.atan2(ty, tx)
    left = polar(x2, y2, head, math.degrees(a) + 180 - 28)
    right = polar(x2, y2, head, math.degrees(a) + 180 + 28)
    tip = polar(x2, y2, 2, math.degrees(a))
    return (f'<g class="fa" stroke="#b74d12" stroke-width="3"><path d="{d}"/>'
            f'<path class="fah" fill="#b74d12" stroke-width="1.5" d="M{f(tip[0])} {f(tip[1])}L{f(left[0])} {f(left[1])}L{f(right[0])} {f(right[1])}z"/></g>')


def floor(x1, x2, y):
    return f'<path class="fp" stroke="#7a868c" d="M{f(x1)} {f(y)}H{f(x2)}"/>'


def props(paths):
    return group("fp", paths)


def svg(width, height, *parts):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" {ROOT}>'
            + "".join(parts) + "</svg>\n")


def two_link(start, end, first, second, side=-1):
    """Angles of two segments (lengths first, second) from `start` that reach `end`; side=-1 bends the middle joint
    counter-clockwise of the start-end line."""
    d = min(math.dist(start, end), first + second - 0.5)
    base = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))
    alpha = math.degrees(math.acos((first ** 2 + d ** 2 - second ** 2) / (2 * first * d)))
    one = base + side * alpha
    middle = polar(*start, first, one)
    return one, math.degrees(math.atan2(end[1] - middle[1], end[0] - middle[0]))


def leg_ik(hip, ankle, side=-1):
    return two_link(hip, ankle, L["thigh"], L["shin"], side)


def arm_ik(shoulder, wrist, side=-1):
    return two_link(shoulder, wrist, L["upper_arm"], L["forearm"], side)


def chair_side(x, floor_y, facing=-1, back=True):
    """A plain chair seen from the side; the back is on the side opposite `facing` (facing=-1: the seat faces left)."""
    seat_y = floor_y - 46
    front, rear = (x - 22, x + 22) if facing < 0 else (x + 22, x - 22)
    parts = [f"M{f(front)} {f(seat_y)}H{f(rear)}", f"M{f(front)} {f(seat_y)}V{f(floor_y)}", f"M{f(rear)} {f(seat_y)}V{f(floor_y)}"]
    if back:
        parts.append(f"M{f(rear)} {f(seat_y)}V{f(seat_y - 52)}")
    return props(parts), seat_y, rear

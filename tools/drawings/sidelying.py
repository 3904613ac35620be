"""Side-lying exercises, drawn from slightly above and in front (an oblique view), so that a knee lifting
toward the ceiling shows as lifting up the page. Body points are 3-D: a along the body (head to feet),
u up from the floor, w forward (toward the belly side)."""
import math

from figure import L, R, capsule, group, arrow, props, svg, f

GROUND = 84
X0 = 175


def project(p):
    a, u, w = p
    return (X0 + a + 0.2 * w, GROUND - 0.92 * u + 0.6 * w)


def along(p, direction, length):
    n = math.sqrt(sum(c * c for c in direction))
    return tuple(p[i] + length * direction[i] / n for i in range(3))


def rotate(point, origin, axis_to, degrees):
    """Rotate `point` about the line origin -> axis_to (Rodrigues' formula)."""
    k = [axis_to[i] - origin[i] for i in range(3)]
    n = math.sqrt(sum(c * c for c in k))
    k = [c / n for c in k]
    v = [point[i] - origin[i] for i in range(3)]
    t = math.radians(degrees)
    cross = [k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0]]
    dot = sum(k[i] * v[i] for i in range(3))
    r = [v[i] * math.cos(t) + cross[i] * math.sin(t) + k[i] * dot * (1 - math.cos(t)) for i in range(3)]
    return tuple(origin[i] + r[i] for i in range(3))


def seg(p, q, r1, r2):
    return capsule(*project(p), r1, *project(q), r2)


def leg(hip, knee, ankle, toe):
    return [seg(hip, knee, R["thigh"], R["knee"]), seg(knee, ankle, R["knee"], R["ankle"]), seg(ankle, toe, R["ankle"], R["toe"])]


def mat():
    corners = [project(p) for p in [(-150, 0, -24), (150, 0, -24), (150, 0, 52), (-150, 0, 52)]]
    d = "M" + "L".join(f"{f(x)} {f(y)}" for x, y in corners) + "Z"
    return props([d])


def upper_body():
    """Lying on the left side, head resting on the lower arm stretched along the floor, top hand on the floor in front."""
    pelvis, chest = (0, 19, 0), (-58, 20, 0)
    bottom_shoulder, top_shoulder = (-58, 7, 0), (-58, 34, 0)
    head = (-86, 17, 2)
    bottom_arm = [seg(bottom_shoulder, (-92, 5, 6), R["shoulder"], R["elbow"]), seg((-92, 5, 6), (-122, 4, 10), R["elbow"], R["wrist"])]
    torso = [seg((-62, 20, 0), (-76, 18, 1), R["neck"] + 1, R["neck"] + 1), seg(pelvis, chest, 16, 17)]
    hx, hy = project(head)
    head_path = capsule(hx, hy, L["head"], hx, hy, L["head"])
    top_arm = [seg(top_shoulder, (-40, 14, 22), R["shoulder"], R["elbow"]), seg((-40, 14, 22), (-22, 3, 34), R["elbow"], R["wrist"])]
    return bottom_arm, torso + [head_path], top_arm


def bent_leg(hip, hip_flex=48, knee_flex=95, lift=0.0):
    a = math.radians(hip_flex)
    knee = (hip[0] + L["thigh"] * math.cos(a), hip[1] - 2 + lift, hip[2] + L["thigh"] * math.sin(a))
    b = math.radians(hip_flex + knee_flex - 180)
    ankle = (knee[0] + L["shin"] * math.cos(-b), knee[1] - 4, knee[2] - L["shin"] * math.sin(-b) * -1)
    ankle = (knee[0] + L["shin"] * math.cos(math.radians(hip_flex - knee_flex + 180 - 180)), knee[1] - 4, knee[2] + L["shin"] * math.sin(math.radians(hip_flex - knee_flex)))
    toe = (ankle[0] + 14, ankle[1] - 1, ankle[2] + 12)
    return hip, knee, ankle, toe



def side_lying_leg_raise():
    bottom = bent_leg((0, 9, 0))
    hip = (0, 31, 0)
    knee, ankle = (L["thigh"], 29, 0), (L["thigh"] + L["shin"], 27, 0)
    toe = (ankle[0] + 3, 27, 16)
    axis_end = (0, 31, 10)
    raised = [rotate(p, hip, axis_end, 28) for p in (knee, ankle, toe)]
    bottom_arm, torso, top_arm = upper_body()
    a0, a1 = project(ankle), project(raised[1])
    return svg(340, 124, mat(), group("fb", bottom_arm + torso + leg(*bottom)),
               group("fg", leg(hip, knee, ankle, toe)), group("fb", leg(hip, *raised) + top_arm),
               arrow([(a0[0] + 22, a0[1] - 4), (a0[0] + 30, (a0[1] + a1[1]) / 2 - 4), (a1[0] + 18, a1[1] + 4)]))

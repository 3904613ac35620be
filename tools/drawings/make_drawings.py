"""Writes the exercise drawings into content/images/. Run: python3 tools/drawings/make_drawings.py"""
import math
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from anatomy import anatomy  # noqa: E402
from sidelying import side_lying_leg_raise  # noqa: E402
from figure import L, R, Figure, arrow, floor, props, svg, polar, capsule, f, leg_ik, arm_ik, chair_side  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "content", "images")


def standing_leg(ankle, thigh, shin, foot=0):
    """Hip position for a leg whose ankle is at `ankle` (the foot planted)."""
    knee = polar(*ankle, L["shin"], shin + 180)
    return polar(*knee, L["thigh"], thigh + 180)


def bodyweight_squat():
    ground = 212
    ankle = (150, ground - R["ankle"])
    # Start: standing tall, arms by the sides (dashed).
    stand = Figure(standing_leg(ankle, 90, 90), -90, near_leg=(90, 90, 0), far_leg=(90, 90, 0), near_arm=(95, 88))
    # End: hips pushed back and down, knees over the toes, chest forward, arms reaching forward for balance.
    t, s = 32, 116
    hip = standing_leg(ankle, t, s)
    squat = Figure(hip, -62, near_leg=(t, s, 0), near_arm=(-6, -3))
    a = arrow([(stand.hip[0] - 24, stand.hip[1] - 4), (hip[0] - 40, stand.hip[1] + 6), (hip[0] - 22, hip[1] + 2)])
    return svg(300, 222, floor(20, 280, ground), stand.svg("fg", ("body", "near")), squat.svg(), a)


def standing_on_one_leg(squat=False):
    """Side view facing right, a chair back in front to hold; the near foot lifts behind by bending the knee."""
    ground = 212
    chair, seat_y, rear = chair_side(196, ground, facing=1)
    stand_ankle = (140, ground - R["ankle"])
    if squat:
        t, s = 62, 106
    else:
        t, s = 92, 90
    hip = standing_leg(stand_ankle, t, s)
    torso = -78 if squat else -90
    shoulder = polar(*hip, L["torso"], torso)
    hand = (rear + 2, seat_y - 52)
    near_arm = arm_ik(shoulder, hand, side=1)
    lifted = (104, 186, 120) if squat else (96, 204, 150)
    body = Figure(hip, torso, near_leg=lifted, far_leg=(t, s, 0), near_arm=near_arm)
    parts = [floor(20, 290, ground), chair]
    if squat:
        start_hip = standing_leg(stand_ankle, 92, 90)
        ghost = Figure(start_hip, -90, near_leg=lifted, far_leg=(92, 90, 0), near_arm=arm_ik(polar(*start_hip, L["torso"], -90), hand, side=1))
        parts.append(ghost.svg("fg", ("body",)))
        parts.append(body.svg())
        parts.append(arrow([(start_hip[0] - 26, start_hip[1] - 12), (hip[0] - 26, hip[1] + 2)]))
    else:
        start_foot = Figure(hip, torso, near_leg=(90, 90, 0), near_arm=near_arm)
        parts.append(body.svg("fb", ("far-leg", "body")))
        parts.append(start_foot.svg("fg", ("near-leg",)))
        parts.append(body.svg("fb", ("near",)))
        ankle = body.near_leg["ankle"]
        parts.append(arrow([(stand_ankle[0] - 14, ground - 8), (ankle[0] + 2, ground - 10), (ankle[0] - 2, ankle[1] + 14)]))
    return svg(300, 222, *parts)


def single_leg_squat():
    return standing_on_one_leg(squat=True)


def lying_on_back(hip, feet_x, ground, knee_up_leg=None):
    """Lying on the back, head to the left, knees bent and feet flat (the far leg)."""
    torso = 180
    ankle = (feet_x, ground - R["ankle"])
    far = leg_ik(hip, ankle, side=-1)
    return torso, (far[0], far[1], 0)



def lying_hamstring_stretch():
    ground = 168
    hip = (190, ground - R["hip"])
    torso, far = lying_on_back(hip, 256, ground)
    shoulder = polar(*hip, L["torso"], torso)
    bent = (-92, -2, -90)
    straight = (-84, -84, 6)
    thigh_mid = polar(*hip, L["thigh"] * 0.7, straight[0])
    arm = arm_ik(shoulder, (thigh_mid[0] - 7, thigh_mid[1]), side=1)
    body = Figure(hip, torso, neck=180, near_leg=straight, far_leg=far, near_arm=arm, far_arm=(arm[0] - 3, arm[1] - 3))
    start = Figure(hip, torso, near_leg=bent)
    a0 = start.near_leg["ankle"]
    a1 = body.near_leg["ankle"]
    return svg(330, 178, floor(15, 315, ground), body.svg("fb", ("far",)), start.svg("fg", ("near-leg",)),
               body.svg("fb", ("body", "near")),
               arrow([(a0[0] + 20, a0[1] - 6), (a1[0] + 44, a0[1] - 22), (a1[0] + 16, a1[1] + 10)]))


def single_leg_hip_extension(both_feet=False):
    ground = 170
    shoulder = (78, ground - R["chest"])
    rise = 34
    hip_up = (shoulder[0] + math.sqrt(L["torso"] ** 2 - rise ** 2), ground - R["chest"] - rise)
    ankle = (hip_up[0] + 72, ground - R["ankle"])
    # Top: shoulders on the floor, hips lifted so the body is a straight slope from the shoulders.
    torso_up = math.degrees(math.atan2(shoulder[1] - hip_up[1], shoulder[0] - hip_up[0]))
    bent_up = leg_ik(hip_up, ankle, side=-1)
    line = torso_up + 180
    near_up = (bent_up[0], bent_up[1], 0) if both_feet else (line, line, line - 75)
    arm = (0, 0)
    up = Figure(hip_up, torso_up, neck=180, near_leg=near_up, far_leg=(bent_up[0], bent_up[1], 0), near_arm=(8, 2))
    # Start: lying flat, hips on the floor.
    hip_down = (shoulder[0] + L["torso"], ground - R["hip"])
    bent_down = leg_ik(hip_down, ankle, side=-1)
    near_down = (bent_down[0], bent_down[1], 0) if both_feet else (1, 1, -80)
    down = Figure(hip_down, 180, neck=180, near_leg=near_down, far_leg=(bent_down[0], bent_down[1], 0))
    return svg(340, 180, floor(15, 325, ground), down.svg("fg", ("far", "body", "near-leg")), up.svg(),
               arrow([(hip_down[0] + 2, hip_down[1] + 2), (hip_up[0] + 1, hip_up[1] + 18)]))


def glute_bridge():
    return single_leg_hip_extension(both_feet=True)


def standing_hip_flexor_stretch():
    """Split stance holding the back of a chair; the back leg (the near leg) stretches; hips move forward."""
    ground = 212
    chair, seat_y, rear = chair_side(222, ground, facing=1)
    front_ankle = (198, ground - R["ankle"])
    back_ankle = (86, ground - R["ankle"] - 7)
    hand = (rear + 2, seat_y - 52)

    def pose(hip_x, hip_drop):
        hip = (hip_x, 212 - 98 - hip_drop)
        shoulder = polar(*hip, L["torso"], -90)
        front = leg_ik(hip, front_ankle, side=-1)
        back = leg_ik(hip, back_ankle, side=-1)
        return Figure(hip, -90, near_leg=(back[0], back[1], 22), far_leg=(front[0], front[1], 0),
                      near_arm=arm_ik(shoulder, hand, side=1))

    start = pose(130, 2)
    end = pose(148, 8)
    return svg(300, 222, floor(20, 290, ground), chair, start.svg("fg", ("body",)), end.svg(),
               arrow([(start.hip[0] - 6, start.hip[1] - 24), (end.hip[0] + 30, end.hip[1] - 24)]))


# Left out after review: the clamshell and the knee-to-chest stretch. Their limbs overlapped into a tangle
# that a reader could not get into position from; a clumsy picture on a health page is worse than none.
DRAWINGS = {
    "glute-muscles": anatomy,
    "side-lying-leg-raise": side_lying_leg_raise,
    "bodyweight-squat": bodyweight_squat,
    "standing-on-one-leg": standing_on_one_leg,
    "single-leg-squat": single_leg_squat,
    "lying-hamstring-stretch": lying_hamstring_stretch,
    "single-leg-hip-extension": single_leg_hip_extension,
    "glute-bridge": glute_bridge,
    "standing-hip-flexor-stretch": standing_hip_flexor_stretch,
}

if __name__ == "__main__":
    names = sys.argv[1:] or list(DRAWINGS)
    for name in names:
        text = DRAWINGS[name]()
        with open(os.path.join(OUT, name + ".svg"), "w", encoding="utf-8") as out:
            out.write(text)
        print(name, len(text.encode()), "bytes")

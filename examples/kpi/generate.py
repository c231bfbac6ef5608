#!/usr/bin/env python3
"""Builds the two KPI example data sets (home-care-west.json, short-term-ward.json).

The people and hours are made up and constructed so that careroster's scorecard, computed with its
default choices, reproduces the totals the seed wards published. The script is deterministic
(fixed random seeds); run it from the repository root:

    python3 examples/kpi/generate.py

It checks its own output with an independent computation of the seven published rows and stops if
one of them would not round to the published figure.
"""
import datetime as dt
import json
import random
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

OUT = Path(__file__).resolve().parent
D = dt.date
HOLIDAYS = {D(2023, 12, 25), D(2024, 5, 1), D(2025, 5, 1), D(2025, 5, 17), D(2025, 5, 29)}
SHIFTS = {"D": (7, 30, 7.5, "DAY"), "A": (15, 0, 7.5, "EVENING"), "LD": (8, 0, 12.5, "LONG")}


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def agreed(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def rnd(x, places):
    return Decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def hours(h):
    minutes = round(h * 60)
    return "PT" + (f"{minutes // 60}H" if minutes // 60 else "") + (f"{minutes % 60}M" if minutes % 60 else "") if minutes else "PT0S"


def month_end(year, month):
    return (D(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))


class Period:
    def __init__(self, label, year, month, spec, rng, first_id):
        self.label, self.spec, self.rng = label, spec, rng
        self.start, self.end = D(year, month, 1), month_end(year, month)
        self.ref = self.end
        self.first_id = first_id

    # --- staff ------------------------------------------------------------------------------
    def staff(self):
        s, rng = self.spec, self.rng
        n, avg = s["staff"], s["avgPosition"]
        full = next(k for k in range(n + 1) if rnd(Decimal(100 * k) / n, 0) == s["fullTime"])
        total = Decimal(n * avg)
        part = n - full
        choices = [Decimal(x) for x in ("40", "50", "55", "60", "62.5", "65", "70", "75", "80", "85", "90")]
        target_part = total - 100 * full
        sizes = [rng.choice(choices) for _ in range(part)]
        # move single sizes up or down a step until the last one can take the remainder
        while not Decimal("20") <= target_part - sum(sizes[:-1]) <= Decimal("95"):
            k = rng.randrange(part - 1)
            i = choices.index(sizes[k])
            if target_part - sum(sizes[:-1]) < 20 and i > 0:
                sizes[k] = choices[i - 1]
            elif target_part - sum(sizes[:-1]) > 95 and i < len(choices) - 1:
                sizes[k] = choices[i + 1]
        sizes[-1] = target_part - sum(sizes[:-1])
        persons = [{"size": Decimal(100)} for _ in range(full)] + [{"size": x} for x in sizes]
        rng.shuffle(persons)
        # roles: educated share of FTE close to the target
        target = s["education"] / 100 * float(total)
        order = sorted(range(n), key=lambda i: -persons[i]["size"])
        edu = 0.0
        for i in order:
            if edu + float(persons[i]["size"]) <= target + 5:
                persons[i]["educated"] = True
                edu += float(persons[i]["size"])
            else:
                persons[i]["educated"] = False
        for i in reversed(order):  # smallest first: add where it brings the share closer
            size = float(persons[i]["size"])
            if not persons[i]["educated"] and abs(edu + size - target) < abs(edu - target):
                persons[i]["educated"] = True
                edu += size
        for k, p in enumerate(persons):
            p["id"] = f"{s['prefix']}{self.first_id + k:03d}"
            p["role"] = ("nurse" if k % 3 == 0 else "health-worker") if p["educated"] else "assistant"
            p["start"] = D(2008 + rng.randrange(0, 14), rng.randrange(1, 13), 1)
        self.persons = persons
        # new hires in the early-leaver cohort (hired 12 months ending two years before ref), some left
        cohort_to = self.ref.replace(year=self.ref.year - 2)
        for k in range(3):
            persons[k]["start"] = cohort_to - dt.timedelta(days=40 + 100 * k)
        self.leavers = []
        for k in range(s["leavers"]):
            start = cohort_to - dt.timedelta(days=60 + 70 * k)
            self.leavers.append({
                "id": f"{s['prefix']}L{self.first_id + k:02d}", "role": "assistant", "size": Decimal(60),
                "start": start, "end": start + dt.timedelta(days=300 + 90 * k)})

    def employees(self):
        out = []
        for p in self.persons:
            base = {"name": p["id"].replace(self.spec["prefix"], "Person "), "contractType": "PERMANENT",
                    "fullTimeWeeklyHours": 35.5, "weekendFrequency": 3, "employmentStart": str(p["start"])}
            if p.get("split"):
                # one person holding two positions that together make a full-time job
                out.append({"id": p["id"], "role": p["role"], "positionPercent": 60, **base})
                out.append({"id": p["id"], "role": p["role"], "positionPercent": 40, **base})
            else:
                out.append({"id": p["id"], "role": p["role"], "positionPercent": num(p["size"]), **base})
        for p in self.leavers:
            out.append({"id": p["id"], "name": p["id"].replace(self.spec["prefix"], "Former "), "role": p["role"],
                        "positionPercent": num(p["size"]), "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5,
                        "employmentStart": str(p["start"]), "employmentEnd": str(p["end"])})
        return out

    # --- sick leave (day works) -------------------------------------------------------------
    def absences(self):
        rng, persons = self.rng, self.persons
        agreed_days = [d for d in days(self.start, self.end) if agreed(d)]
        base = sum(float(p["size"]) / 100 for p in persons) * len(agreed_days)
        target = self.spec["sick"] / 100 * base
        got = 0.0
        absences, used = [], set()
        candidates = list(range(len(persons)))
        rng.shuffle(candidates)
        for i in candidates:
            p = persons[i]
            share = float(p["size"]) / 100
            remaining = target - got
            if remaining < 0.01:
                break
            # try spans and degrees; take the one that gets closest without overshooting much
            best = None
            for length in range(1, len(agreed_days) + 1):
                for degree in (100, 50):
                    value = share * length * degree / 100
                    if value <= remaining + 1e-9 and (best is None or value > best[0]):
                        best = (value, length, degree)
            if best is None:
                continue
            value, length, degree = best
            if length < 3 and remaining > 3:
                continue
            first = rng.randrange(0, len(agreed_days) - length + 1)
            frm, to = agreed_days[first], agreed_days[first + length - 1]
            if degree == 100 and to.weekday() == 4 and to + dt.timedelta(days=2) <= self.end:
                to = to + dt.timedelta(days=2)  # over the weekend: not agreed days, changes nothing
            a = {"employee": p["id"], "kind": "SICK_LEAVE", "from": str(frm), "to": str(to)}
            if degree != 100:
                a["degreePercent"] = degree
            absences.append(a)
            p.setdefault("sick", []).append((frm, to, degree))
            got += value
            used.add(i)
        self.sick_day_works, self.agreed_day_works = got, base
        # some vacation, which does not count
        for i in candidates[-2:]:
            if i not in used:
                absences.append({"employee": persons[i]["id"], "kind": "VACATION",
                                 "from": str(self.start + dt.timedelta(days=7)), "to": str(self.start + dt.timedelta(days=13))})
        return absences

    # --- work records -----------------------------------------------------------------------
    def work_records(self):
        rng, s = self.rng, self.spec
        records = {}
        for idx, p in enumerate(self.persons):
            shifts_per_week = max(1, round(float(p["size"]) / 100 * 35.5 / 7.5))
            for d in days(self.start, self.end):
                week = (d - D(2000, 1, 3)).days // 7
                works_weekend = week % 3 == idx % 3
                if d.weekday() >= 5:
                    on = works_weekend
                else:
                    weekday_shifts = shifts_per_week - (2 if works_weekend else 0)
                    on = ((d.weekday() + idx) % 5) < max(0, weekday_shifts)
                if not on:
                    continue
                sick = [x for x in p.get("sick", []) if x[0] <= d <= x[1]]
                r = {"employee": p["id"], "date": str(d)}
                if sick:
                    degree = sick[0][2]
                    r["absence"] = 7.5 * degree / 100
                    if degree < 100:
                        r["ordinary"] = 7.5 - r["absence"]
                else:
                    r["ordinary"] = 7.5
                records[(p["id"], d)] = r
        part_timers = [p for p in self.persons if p["size"] < 100]
        full_timers = [p for p in self.persons if p["size"] >= 100] or self.persons

        def add(field, people, total):
            left = total
            while left > 0:
                p = rng.choice(people)
                d = self.start + dt.timedelta(days=rng.randrange((self.end - self.start).days + 1))
                r = records.setdefault((p["id"], d), {"employee": p["id"], "date": str(d)})
                if r.get("absence"):
                    continue
                room = 16 - r.get("ordinary", 0) - r.get("extra", 0) - r.get("overtime", 0)
                h = min(left, rng.choice([3.75, 7.5, 7.5, 4, 2.5]), room)
                if h <= 0:
                    continue
                r[field] = r.get(field, 0) + h
                left -= h

        add("extra", part_timers, s["extraAndOvertime"] - s["overtime"])
        add("overtime", full_timers + part_timers[:3], s["overtime"])
        out = []
        for key in sorted(records, key=lambda k: (k[1], k[0])):
            r = records[key]
            out.append({k: (hours(v) if isinstance(v, (int, float)) else v) for k, v in r.items()})
        # agency hours: a few nights and weekend shifts bought in
        for k in range(s["agencyShifts"]):
            d = self.start + dt.timedelta(days=(k * 5) % ((self.end - self.start).days + 1))
            out.append({"date": str(d), "agency": hours(7.5)})
        self.extra_total = sum(r.get("extra", 0) for r in records.values())
        self.overtime_total = sum(r.get("overtime", 0) for r in records.values())
        return out

    # --- base rotation against the staffing plan ------------------------------------------------
    def rotation(self, monday):
        """A six-week base rotation; weekend slots filled until the coverage target."""
        s, rng = self.spec, self.rng
        weekday_need, weekend_need = s["weekdayNeed"], s["weekendNeed"]
        plan = [{"shift": c, "days": "WEEKDAY", "minimum": m} for c, m in weekday_need.items()]
        plan += [{"shift": c, "days": "WEEKEND", "minimum": m} for c, m in weekend_need.items()]
        dates = [monday + dt.timedelta(days=i) for i in range(42)]
        busy = set()
        assignments = []
        ids = [p["id"] for p in self.persons]
        # weekends: slots in a fixed order, filled until covered hours reach the target
        weekend_slots = [(d, c) for d in dates if d.weekday() >= 5 for c, m in weekend_need.items() for _ in range(m)]
        required = sum(SHIFTS[c][2] for _, c in weekend_slots)
        target = s["weekendCoverage"] / 100 * required
        rng.shuffle(weekend_slots)
        covered = 0.0
        for d, c in weekend_slots:
            if covered + SHIFTS[c][2] > target + 3:
                continue
            week = (d - monday).days // 7
            for k, e in enumerate(ids):
                if k % 3 == week % 3 and (e, d) not in busy:
                    busy.add((e, d))
                    assignments.append({"employee": e, "date": str(d), "shift": c})
                    covered += SHIFTS[c][2]
                    break
        self.coverage = covered / required
        # weekdays: everything covered but a few evening shifts
        for d in dates:
            if d.weekday() >= 5:
                continue
            for c, m in weekday_need.items():
                need = m - (1 if c == "A" and d.weekday() == 4 else 0)
                for _ in range(need):
                    for e in rng.sample(ids, len(ids)):
                        if (e, d) not in busy:
                            busy.add((e, d))
                            assignments.append({"employee": e, "date": str(d), "shift": c})
                            break
        assignments.sort(key=lambda a: (a["date"], a["shift"], a["employee"]))
        return {"requirements": plan}, {"horizon": {"start": str(monday), "end": str(monday + dt.timedelta(days=41)),
                                                      "kind": "CYCLIC"}, "assignments": assignments}

    def document(self):
        self.staff()
        if self.spec.get("splitPerson", True):
            for p in self.persons:
                if p["size"] == 100:
                    p["split"] = True
                    break
        doc = {"label": self.label, "from": str(self.start), "to": str(self.end), "referenceDate": str(self.ref)}
        doc["employees"] = self.employees()
        doc["absences"] = self.absences()
        doc["workRecords"] = self.work_records()
        if "weekendCoverage" in self.spec:
            monday = self.start + dt.timedelta(days=(7 - self.start.weekday()) % 7)
            plan, rotation = self.rotation(monday)
            doc["staffingPlan"] = plan
            doc["rotation"] = rotation
        self.check()
        return doc

    def check(self):
        s = self.spec
        n = len(self.persons)
        full = sum(1 for p in self.persons if p["size"] >= 100)
        total = sum(p["size"] for p in self.persons)
        edu = sum(p["size"] for p in self.persons if p["educated"])
        rows = {
            "staff": (Decimal(n), 0, s["staff"]),
            "fullTime": (Decimal(100 * full) / n, 0, s["fullTime"]),
            "avgPosition": (total / n, 0, s["avgPosition"]),
            "sick": (Decimal(100 * self.sick_day_works / self.agreed_day_works), len(str(s["sick"]).partition(".")[2]), s["sick"]),
            "extraAndOvertime": (Decimal(self.extra_total + self.overtime_total), 0, s["extraAndOvertime"]),
            "overtime": (Decimal(self.overtime_total), 0, s["overtime"]),
            "education": (100 * edu / total, 0, s["education"]),
        }
        if "weekendCoverage" in s:
            rows["weekendCoverage"] = (Decimal(100 * self.coverage), 0, s["weekendCoverage"])
        for name, (value, places, published) in rows.items():
            if rnd(value, places) != rnd(published, places):
                raise SystemExit(f"{self.label} {name}: {value} does not round to {published}")


def num(x):
    x = Decimal(x)
    return int(x) if x == x.to_integral_value() else float(x)


COMMON = {"D": 0, "A": 0}


def unit(file, unit_id, name, prefix, seed, periods, weekday_need, weekend_need, leavers):
    rng = random.Random(seed)
    docs = []
    for k, (label, year, month, spec) in enumerate(periods):
        spec = dict(spec, prefix=prefix, weekdayNeed=weekday_need, weekendNeed=weekend_need, leavers=leavers,
                    agencyShifts=[6, 3, 0][k])
        docs.append(Period(label, year, month, spec, rng, 1).document())
    roles = [{"id": "nurse", "formalHealthEducation": True, "name": "sjukepleiar"},
             {"id": "health-worker", "formalHealthEducation": True, "name": "helsefagarbeidar"},
             {"id": "assistant", "formalHealthEducation": False, "name": "assistent"}]
    shifts = [{"code": c, "start": f"{h:02d}:{m:02d}", "duration": hours(length), "category": cat}
              for c, (h, m, length, cat) in SHIFTS.items()]
    document = {"formatVersion": 1, "unit": unit_id, "name": name, "roles": roles, "shiftTypes": shifts, "periods": docs}
    (OUT / file).write_text(compact(document) + "\n", encoding="utf-8")


def compact(value, indent=""):
    """JSON with one line per flat object (a record, an assignment), indented structure otherwise."""
    flat = lambda v: not isinstance(v, (dict, list)) or (isinstance(v, dict) and all(not isinstance(x, (dict, list)) for x in v.values()))
    if flat(value):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    inner = indent + "  "
    if isinstance(value, list):
        return "[\n" + ",\n".join(inner + compact(v, inner) for v in value) + "\n" + indent + "]"
    return "{\n" + ",\n".join(inner + json.dumps(k) + ": " + compact(v, inner) for k, v in value.items()) + "\n" + indent + "}"


unit("home-care-west.json", "home-care-west", "Heimetenesta vest", "HV", 2023, [
    ("Nov 2023", 2023, 11, {"staff": 45, "fullTime": 31, "avgPosition": 80, "sick": 15, "extraAndOvertime": 2503, "overtime": 341, "education": 71}),
    ("Nov 2024", 2024, 11, {"staff": 47, "fullTime": 36, "avgPosition": 79, "sick": 9, "extraAndOvertime": 1461, "overtime": 191, "education": 87, "weekendCoverage": 68}),
    ("May 2025", 2025, 5, {"staff": 45, "fullTime": 42, "avgPosition": 79, "sick": 10.5, "extraAndOvertime": 1016, "overtime": 65, "education": 87, "weekendCoverage": 82}),
], weekday_need={"D": 9, "A": 5}, weekend_need={"D": 4, "LD": 2, "A": 3}, leavers=2)

unit("short-term-ward.json", "short-term-ward", "Korttidsavdelinga", "KT", 2024, [
    ("Nov 2023", 2023, 11, {"staff": 22, "fullTime": 45, "avgPosition": 85, "sick": 18, "extraAndOvertime": 1033, "overtime": 161, "education": 91}),
    ("Nov 2024", 2024, 11, {"staff": 41, "fullTime": 44, "avgPosition": 77, "sick": 8, "extraAndOvertime": 1667, "overtime": 266, "education": 88, "weekendCoverage": 67}),
    ("May 2025", 2025, 5, {"staff": 39, "fullTime": 44, "avgPosition": 86, "sick": 6.5, "extraAndOvertime": 1029, "overtime": 93, "education": 85, "weekendCoverage": 74}),
], weekday_need={"D": 5, "A": 4}, weekend_need={"D": 3, "LD": 1, "A": 3}, leavers=1)

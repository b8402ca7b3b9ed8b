#!/usr/bin/env python
"""Write the synthetic doccano export of the README's worked example (sentences composed here, no third-party text).

    python data/examples/doccano/make_example.py      # -> data/examples/doccano/train.jsonl, test.jsonl
"""

import json
import random
from pathlib import Path

DRUGS = ["الأسبرين", "الإنسولين", "البنسلين", "الباراسيتامول", "الأموكسيسيلين", "الميتفورمين", "الإيبوبروفين",
         "الوارفارين", "الأوميبرازول", "السالبوتامول"]
DISEASES = ["الصداع", "السكري", "التهاب الحلق", "الحمى", "التهاب الرئة", "ارتفاع الضغط", "الربو", "قرحة المعدة",
            "الجلطة", "التهاب المفاصل"]
DOCTORS = ["سامي الخطيب", "ليلى حداد", "كريم منصور", "هدى العلي", "يوسف درويش", "مريم سعيد", "عمر الشامي",
           "نور الهدى قاسم", "طارق عيسى", "رنا يوسف"]
TEMPLATES = [
    "شخّص الطبيب {doc} حالة {dis} لدى المريض، ووصف له {drug} مرتين في اليوم.",
    "قال الدكتور {doc} إن {drug} يخفف أعراض {dis} خلال أيام قليلة.",
    "أكدت دراسة أشرف عليها {doc} أن {drug} فعال في علاج {dis}.",
    "بعد فحص دقيق، أكدت الطبيبة {doc} الإصابة بـ{dis}، وبدأ العلاج بـ{drug}.",
    "يستخدم {drug} لعلاج {dis} بحسب ما ذكره {doc} في محاضرته.",
]


def document(i: int, rng: random.Random) -> dict:
    drug, dis, doc = rng.choice(DRUGS), rng.choice(DISEASES), rng.choice(DOCTORS)
    text = rng.choice(TEMPLATES).format(drug=drug, dis=dis, doc=doc)
    ids = {}
    entities = []
    for label, surface in (("DRUG", drug), ("DISEASE", dis), ("PER", doc)):
        start = text.index(surface)
        ids[label] = 100 * i + len(entities) + 1
        entities.append({"id": ids[label], "label": label, "start_offset": start, "end_offset": start + len(surface)})
    relations = [{"id": 100 * i + 10, "from_id": ids["DRUG"], "to_id": ids["DISEASE"], "type": "TREATS"},
                 {"id": 100 * i + 11, "from_id": ids["DISEASE"], "to_id": ids["PER"], "type": "DIAGNOSED_BY"}]
    return {"id": i, "text": text, "entities": entities, "relations": relations}


def main() -> None:
    rng = random.Random(7)
    docs = [document(i, rng) for i in range(1, 61)]
    here = Path(__file__).parent
    for name, part in (("train.jsonl", docs[:48]), ("test.jsonl", docs[48:])):
        (here / name).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part), encoding="utf-8")
        print(f"{here / name}: {len(part)} documents")


if __name__ == "__main__":
    main()

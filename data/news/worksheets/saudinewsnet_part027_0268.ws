# saudinewsnet_part027_0268 (annotator43)
# Opinion column on extremism: no named entity, date, amount or percentage in any paragraph.
# "الخطابات الدينية", "الخطاب الديني" (generic "religious", no named religion), "بالله", "دولة صناعية",
# "الأمم والشعوب" are not annotated.

# saudinewsnet_part009_0125 (annotator55)
# "الهيئة", "فرع الهيئة", "الإدارة المركزية", "المنطقة" alone are common-noun references; "معايير التصنيف" is no LAW.
@P1
# headline "سياحة المنطقة الشرقية": "سياحة" is a clipped common noun for the branch, only the region is annotated
GPE | المنطقة الشرقية | p1_eastern
GPE | الدمام | p1_dammam
GPE | الخبر | p1_khobar

@P2
ORG | هيئة السياحة والتراث الوطني | p2_scth     # "فرع" dropped, as "فرع سوسة للمعهد الرشيدي" (annotator42)
GPE | المنطقة الشرقية | p2_eastern
GPE | الدمام | p2_dammam
GPE | الخبر | p2_khobar
DATE | عيد الفطر | p2_eid                       # "إجازة" and "المبارك" out, as in earlier worksheets
REL | LOCATED_IN | p2_scth | p2_eastern          # regional branch "ORG بـ place" (§7.7)
REL | VISIT | p2_scth | p2_dammam                 # inspection visits (§7.8 "تفقد")
REL | VISIT | p2_scth | p2_khobar

@P3
# "مدير عام فرع الهيئة بالمنطقة" names no body in this paragraph: no ROLE for البنيان
PER | عبداللطيف بن محمد البنيان | p3_bunyan
ORG | إدارة التراخيص | p3_licensing
PER | عمر بن عبدالعزيز المبارك | p3_mubarak
ORG | إدارة الرقابة | p3_control
PER | عبدالرحمن الركبان | p3_rakban
REL | ROLE | p3_mubarak | p3_licensing
REL | ROLE | p3_rakban | p3_control

@P5
PER | البنيان | p5_bunyan

@P6
ORG | إدارة التراخيص | p6_licensing

@P7
DATE | عيد الفطر | p7_eid

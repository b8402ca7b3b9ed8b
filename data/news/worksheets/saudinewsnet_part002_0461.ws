# saudinewsnet_part002_0461 (annotator49)
# "«161» مليون ريال": the quotes keep the unit out of the span (as "مركز “سيريوس” التعليمي"), so MONEY `161`
# (its unit outside the quotes, like the elided unit of `895`, §7.7).
# "مستشفى الملك فهد المركزي" is the renovated and visited building → FAC; "بالمنطقة"/"بالمستشفى" common nouns.
# "أمير جازان" (last sentence) has no PER, so its hospital visit gives no VISIT and no ROLE.
@P1
MONEY | 161 | p1_money
GPE | جازان | p1_jazan

@P2
GPE | جازان | p2_jazan1
PER | محمد بن ناصر بن عبد العزيز | p2_amir
FAC | مستشفى الملك فهد المركزي | p2_hospital1
ORG | الشئون الصحية | p2_health         # "مدير عام الشئون الصحية بمنطقة جازان": the regional health directorate
GPE | جازان | p2_jazan2
PER | أحمد السهلى | p2_sahli1
FAC | مستشفى الملك فهد المركزي | p2_hospital2
MONEY | الـ161 مليون ريال | p2_money1
MONEY | 26 مليون ريال | p2_money2
MONEY | 135 مليون ريال | p2_money3
PER | السهلي | p2_sahli2
PER | السهلي | p2_sahli3
GPE | جازان | p2_jazan3
FAC | مستشفى الملك فهد المركزي | p2_hospital3
DATE | عيد الفطر | p2_eid
ORG | الوئام | p2_weam
MONEY | 161 | p2_money4
GPE | جازان | p2_jazan4
REL | ROLE | p2_amir | p2_jazan1
REL | VISIT | p2_amir | p2_hospital1
REL | ROLE | p2_sahli1 | p2_health

# saudinewsnet_part020_0788 (annotator10)
@P1
ORG | قوات الطوارئ الخاصة | p1_sef
GPE | عسير | p1_asir
REL | LOCATED_IN | p1_sef | p1_asir

@P2
ORG | هيئة الأمر بالمعروف والنهي عن المنكر | p2_cpvpv
PER | عبدالرحمن بن عبدالله السند | p2_sanad
DATE | اليوم الخميس | p2_thu
ORG | قوات الطوارئ الخاصة | p2_sef
GPE | عسير | p2_asir
REL | ROLE | p2_sanad | p2_cpvpv
REL | LOCATED_IN | p2_sef | p2_asir

@P6
NORP | الإسلام | p6_islam
NORP | الإسلام | p6_islam2
NORP | الاسلامية | p6_islamic

@P7
GPE | بلاد الحرمين الشريفين | p7_ksa

@P9
ORG | هيئة الأمر بالمعروف والنهي عن المنكر | p9_cpvpv
PER | سلمان بن عبدالعزيز آل سعود | p9_salman

@P10
ORG | الوئام | p10_weam
ORG | قوات الطوارئ الخاصة | p10_sef
GPE | عسير | p10_asir
REL | LOCATED_IN | p10_sef | p10_asir

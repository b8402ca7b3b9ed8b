# saudinewsnet_part024_0337 (annotator50)
# "خادم الحرمين الشريفين", "المقام السامي", "المملكة", "إمارة المنطقة", "بالمنطقة" are titles or common-noun references: not annotated.
# "مشروع تطوير الأحياء العشوائية" is a descriptive project name (like annotator15's "مشروع تثمين المناطق السقوية"): not annotated.
@P1
MONEY | 600 مليون ريال | p1_money
NORP | البرماوية | p1_burmese

@P2
NORP | البرماوية | p2_burmese1
MONEY | 600 مليون ريال | p2_money
PER | خالد الفيصل | p2_khalid
GPE | مكة المكرمة | p2_makkah          # "أمير منطقة مكة المكرمة": "منطقة" dropped (§7.1)
NORP | البرماوية | p2_burmese2
REL | ROLE | p2_khalid | p2_makkah

@P3
ORG | إمارة منطقة مكة المكرمة | p3_emirate
PER | سلطان بن عرار الدوسري | p3_dosari
NORP | البرماوية | p3_burmese
REL | ROLE | p3_dosari | p3_emirate

@P4
PER | الدوسري | p4_dosari
GPE | مكة المكرمة | p4_makkah           # "سمو أمير منطقة مكة المكرمة": no PER, so no ROLE
NORP | برماويين | p4_burmese          # after لل (§1.1)
NORP | السعوديين | p4_saudis
MONEY | 217 ريالاً | p4_money

@P5
GPE | مكة المكرمة | p5_makkah
DATE | قبل نحو ثمانية أعوام | p5_8years      # anchored "قبل N" date (§7.7); "نحو" cannot be cut out of the middle
NORP | البرماوية | p5_burmese

@P6
ORG | إمارة منطقة مكة المكرمة | p6_emirate
PER | خالد الفيصل | p6_khalid           # "الأمير" is a royal title, not the emirate's office: no ROLE
NORP | المينمارية | p6_myanmar

@P7
ORG | اللجنة الميدانية لتصحيح أوضاع الجالية البرماوية | p7_committee
PER | عبدالله آل قراش | p7_qarash
PER | خالد الفيصل | p7_khalid
GPE | العاصمة المقدسة | p7_makkah          # fixed epithet of Makkah, like GPE بلاد الحرمين
GPE | جدة | p7_jeddah
NORP | البرماوية | p7_burmese
ORG | إدارة التعليم | p7_edu
GPE | مكة المكرمة | p7_makkah2
REL | ROLE | p7_qarash | p7_committee
REL | LOCATED_IN | p7_edu | p7_makkah2

@P8
PER | قراش | p8_qarash
ORG | المفوضية السامية للأمم المتحدة لشؤون اللاجئين | p8_unhcr
GPE | المملكة العربية السعودية | p8_ksa   # honouring is praise: no SUPPORTS
NORP | البرماوية | p8_burmese

@P9
DATE | قبل نحو عامين | p9_2years
NORP | برماوي | p9_burmese

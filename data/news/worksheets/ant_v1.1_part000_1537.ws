# ant_v1.1_part000_1537 (annotator50)
# Ages ("حوالي السبعين عامًا", "واحدًا وعشرون عامًا") are not DATE.
@P1
GPE | مكة | p1_makkah

@P2
GPE | مكة المكرمة | p2_makkah

@P3
ORG | إدارة العامة للدفاع المدني | p3_gdcd
GPE | العاصمة المقدسة | p3_makkah1
PER | نايف الشريف | p3_sharif
DATE | اليوم الأحد | p3_sunday
GPE | العاصمة المقدسة | p3_makkah2
LOC | بطحاء قريش | p3_batha
ORG | الدفاع المدني | p3_cd
ORG | الهلال الأحمر | p3_redcrescent
REL | LOCATED_IN | p3_gdcd | p3_makkah1
REL | ROLE | p3_sharif | p3_gdcd
REL | LOCATED_IN | p3_batha | p3_makkah2

# saudinewsnet_part016_0538 (annotator50)
# Currencies without an amount are not annotated ("الدولار", "اليورو", "الجنيه الاسترليني"); their nationality adjectives are NORP (annotator32, annotator40).
@P1
GPE | مكة | p1_makkah

@P2
GPE | مكة المكرمة | p2_makkah1
DATE | رمضان | p2_ramadan1
DATE | العشر الأواخر | p2_last10         # the last ten days of Ramadan, a point within a period like منتصف شعبان
ORG | الاقتصادية | p2_eqtisadiah
PER | عبدالله بامهيل | p2_bamuhail
DATE | رمضان | p2_ramadan2
GPE | مكة | p2_makkah2
GPE | تونس | p2_tunisia
GPE | الجزائر | p2_algeria
GPE | المغرب | p2_morocco
LOC | أوروبا | p2_europe
NORP | الإندونيسية | p2_indonesian
NORP | الهندية | p2_indian
NORP | المغربي | p2_moroccan
NORP | الإماراتي | p2_emirati

@P3
PER | بامهيل | p3_bamuhail

@P4
MONEY | 50 ألف ريال | p4_money1
MONEY | 70 ألف ريال | p4_money2
DATE | العشر الأواخر من رمضان | p4_last10

@P5
MONEY | 40 و50 ألف دولار | p5_money1
MONEY | 200 و500 ألف دولار | p5_money2
NORP | التركية | p5_turkish

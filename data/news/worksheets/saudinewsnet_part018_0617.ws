# saudinewsnet_part018_0617 (annotator18)
@P1
GPE | واشنطن | p1_washington
GPE | القاهرة | p1_cairo
NORP | الأمريكية | p1_american

@P2
NORP | مصريون | p2_egyptians
EVENT | الحوار الاستراتيجي | p2_dialogue
NORP | المصري | p2_egyptian1
NORP | الأمريكي | p2_american1
GPE | القاهرة | p2_cairo1
NORP | الأمريكي | p2_american2
NORP | مصريا | p2_egyptian2
LAW | الاتفاق النووي | p2_deal1
GPE | طهران | p2_tehran1
NORP | الغرب | p2_west1
GPE | القاهرة | p2_cairo2
GPE | واشنطن | p2_washington1
NORP | الأمريكي | p2_american3
PER | سعيد اللاوندي | p2_laweendi
ORG | مركز الأهرام للدرسات السياسية والاستراتيجية | p2_ahram
GPE | الولايات المتحدة | p2_us1
GPE | مصر | p2_egypt1
GPE | أمريكا | p2_america1
PER | السيسي | p2_sisi
NORP | أوروبيا | p2_european
GPE | فرنسا | p2_france
GPE | إيطاليا | p2_italy
GPE | الفاتيكان | p2_vatican
GPE | ألمانيا | p2_germany
GPE | أمريكا | p2_america2
LOC | أوروبا | p2_europe
NORP | التركي | p2_turkish
GPE | سوريا | p2_syria
GPE | اليمن | p2_yemen
GPE | العراق | p2_iraq
LAW | الاتفاق النووي الإيراني | p2_deal2
NORP | الغرب | p2_west2
PER | رخا أحمد حسن | p2_rakha
ORG | المجلس المصري للشؤون الخارجية | p2_ecfa
NORP | الأمريكي | p2_american4
GPE | مصر | p2_egypt2
GPE | مصر | p2_egypt3
ORG | الاتحاد الأوروبي | p2_eu
GPE | الولايات المتحدة | p2_us2
GPE | مصر | p2_egypt4
PER | كيري | p2_kerry
LAW | الاتفاق النووي الإيراني | p2_deal3
NORP | الغربي | p2_western
PER | نهى بكر | p2_noha
ORG | الجامعة الأمريكية | p2_auc
GPE | مصر | p2_egypt5
GPE | الولايات المتحدة | p2_us3
EVENT | أحداث 30 يونيو | p2_june30
GPE | الولايات المتحدة | p2_us4
GPE | مصر | p2_egypt6
GPE | واشنطن | p2_washington2
GPE | القاهرة | p2_cairo3
PER | مبارك | p2_mubarak
LAW | الاتفاق النووي | p2_deal4
GPE | الولايات المتحدة | p2_us5
GPE | طهران | p2_tehran2
REL | PARTY_TO | p2_tehran1 | p2_deal1
REL | ROLE | p2_laweendi | p2_ahram
REL | ROLE | p2_sisi | p2_egypt1
REL | VISIT | p2_sisi | p2_france
REL | VISIT | p2_sisi | p2_italy
REL | VISIT | p2_sisi | p2_vatican
REL | VISIT | p2_sisi | p2_germany
REL | ROLE | p2_rakha | p2_ecfa
REL | SUPPORTS | p2_us2 | p2_egypt4
REL | VISIT | p2_kerry | p2_egypt4
REL | ROLE | p2_noha | p2_auc
REL | PARTY_TO | p2_us5 | p2_deal4
REL | PARTY_TO | p2_tehran2 | p2_deal4

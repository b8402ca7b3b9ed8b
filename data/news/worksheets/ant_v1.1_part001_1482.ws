# ant_v1.1_part001_1482 (annotator46)
@P1
NORP | التونسيون | p1_tunisians
NORP | سوري | p1_syrian
GPE | تونس | p1_tunisia

@P2
# "كتب اليوم" (today alone) is not a DATE
NORP | السوري | p2_syrian
PER | هادي دانيال | p2_daniel
GPE | تونس | p2_tunisia
NORP | التونسي | p2_tunisian

@P3
PER | هادي دانيال | p3_daniel
NORP | سوري | p3_syrian
GPE | تونس | p3_tunisia1
GPE | كفرية | p3_kafriya
GPE | اللاذقية | p3_latakia
GPE | سوريا | p3_syria
NORP | عربية | p3_arab
# typo: "غربيةعديدة" written as one word; the span cannot cut it, so the whole token is the NORP
NORP | غربيةعديدة | p3_western
GPE | تونس | p3_tunisia2
ORG | ديوان العرب | p3_diwan
GPE | تونس | p3_tunisia3
DATE | 1982 | p3_1982
GPE | بيروت | p3_beirut1
ORG | منظمة التحرير الفلسطينية | p3_plo
GPE | بيروت | p3_beirut2
GPE | تونس | p3_tunisia4
GPE | دمشق | p3_damascus
GPE | تونس | p3_tunisia5
PER | أيُّوبُ | p3_job
PER | زين العابدين بن علي | p3_benali
NORP | تونسيات | p3_tunisian_f1
NORP | التونسياتِ | p3_tunisian_f2
NORP | التونسيّين | p3_tunisian_m
# "أمس والآن وَهُنا" (figurative "then, now and here") and "هذا المساء" (part of a day) are not DATEs
REL | LOCATED_IN | p3_kafriya | p3_latakia
REL | LOCATED_IN | p3_latakia | p3_syria
# moved between capitals before settling in Tunisia
REL | VISIT | p3_daniel | p3_tunisia2
# "تاريخ قدومه من بيروت": his arrival in Tunisia (subject is a pronoun; his name is in the previous sentence)
REL | VISIT | p3_daniel | p3_tunisia3

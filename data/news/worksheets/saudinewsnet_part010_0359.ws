# saudinewsnet_part010_0359 (annotator13)
@P1
ORG | الاتفاق | p1_ettifaq
PERCENT | 50 % | p1_pct

@P2
ORG | الاتفاق | p2_ettifaq
GPE | تركيا | p2_turkey
ORG | دوري الدرجة الاولى | p2_league
DATE | موسم القادم | p2_season
PER | احمد الحنفوش | p2_hanfoush
ORG | قرطبة | p2_cordoba
DATE | غدا الاثنين | p2_monday
NORP | التركية | p2_turkish
REL | VISIT | p2_ettifaq | p2_turkey
REL | ROLE | p2_hanfoush | p2_ettifaq

@P3
PER | احمد بن علي الدوسري | p3_dosari
PERCENT | 50% | p3_pct

@P4
NORP | إيطالية | p4_italian

@P5
DATE | الثامن من شهر ذي القعدة القادم | p5_date

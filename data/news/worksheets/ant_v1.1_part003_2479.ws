# ant_v1.1_part003_2479 (annotator26)
@P1
ORG | بوليتكنيك | p1_poly
GPE | سوسة | p1_sousse
REL | LOCATED_IN | p1_poly | p1_sousse

@P2
DATE | اليوم السبت | p2_saturday
ORG | مدرسة المهندسين للتقنيات | p2_school
ORG | بوليتيكنيك | p2_poly
GPE | سوسة | p2_sousse
REL | LOCATED_IN | p2_poly | p2_sousse

@P3
ORG | جوهرة أف أم | p3_jawhara
PER | محمد نجيب المنصوري | p3_mansouri
ORG | قطب التكنولوجي | p3_technopole
GPE | برج سدرية | p3_borjcedria
GPE | تونس | p3_tunisia1
PERCENT | 12 % | p3_pct12
DATE | سنة 2020 | p3_2020
DATE | سنة 2030 | p3_2030
PERCENT | 30 % | p3_pct30
ORG | مدرسة المهندسين للتقنيات | p3_school1
NORP | التونسية | p3_tunisian
GPE | تونس | p3_tunisia2
ORG | بوليتكنيك سوسة | p3_poly1
ORG | مدرسة المهندسين بوليتكنيك سوسة | p3_poly2
ORG | وزارة الصناعة | p3_industry
PER | عبد الحميد خلف الله | p3_khalafallah
DATE | سنة 2015 | p3_2015
DATE | جوان 2015 | p3_jun2015
REL | ROLE | p3_mansouri | p3_technopole
REL | LOCATED_IN | p3_technopole | p3_borjcedria
REL | ROLE | p3_khalafallah | p3_industry

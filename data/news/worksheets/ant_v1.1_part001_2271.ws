# ant_v1.1_part001_2271 (annotator28)
@P1
NORP | الإيراني | p1_iranian

@P2
PER | أحمد عظوم | p2_azzoum
DATE | اليوم الجمعة | p2_friday
NORP | إيرانيا | p2_iranian
GPE | الجمهورية الإيرانية | p2_iran
PER | رضا صالح أميري | p2_amiri
REL | ROLE | p2_amiri | p2_iran
REL | MEET | p2_azzoum | p2_amiri

@P3
NORP | الإسلامي | p3_islamic
ORG | وزارة الشؤون الدينية | p3_ministry
NORP | الايراني | p3_iranian1
GPE | تونس | p3_tunisia1
GPE | إيران | p3_iran1
GPE | إيران | p3_iran2
GPE | تونس | p3_tunisia2
PER | مصطفى بروجردي | p3_boroujerdi
REL | ROLE | p3_boroujerdi | p3_iran2
PER | رضا صالحي أميري | p3_amiri
GPE | تونس | p3_tunisia3
REL | VISIT | p3_amiri | p3_tunisia3
NORP | الإيرانية | p3_iranian2
EVENT | معرض تونس الدولي للكتاب | p3_book_fair
DATE | 24 مارس إلى 2 أفريل 2017 | p3_dates
FAC | قصر المعارض | p3_expo_palace
GPE | الكرم | p3_kram
REL | LOCATED_IN | p3_expo_palace | p3_kram
EVENT | أيام السينما الإيرانية | p3_film_days
GPE | تونس | p3_tunisia4

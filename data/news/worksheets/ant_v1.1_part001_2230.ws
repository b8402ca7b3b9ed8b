# ant_v1.1_part001_2230 (annotator21)
@P1
PER | الهاروني | p1_harouni
PER | الغنوشي | p1_ghannouchi
PER | السيسي | p1_sisi

@P2
ORG | مجلس شورى النهضة | p2_shura
PER | عبد الكريم الهاروني | p2_harouni
DATE | اليوم الأحد | p2_sunday
REL | ROLE | p2_harouni | p2_shura

@P3
ORG | شورى النهضة | p3_shura
ORG | الجوهرة أف أم | p3_jawhara
PER | روضة العلاقي | p3_allagui
PER | راشد الغنوشي | p3_ghannouchi1
PER | الهاروني | p3_harouni1
GPE | تونس | p3_tunisia1
GPE | تونس | p3_tunisia2
NORP | التونسية | p3_tunisian
PER | راشد الغنوشي | p3_ghannouchi2
GPE | الجزائر | p3_algeria1
GPE | الجزائر | p3_algeria2
NORP | المصري | p3_egyptian1
PER | عبد الفتاح السيسي | p3_sisi
PER | الهاروني | p3_harouni2
EVENT | الثورة المصرية | p3_revolution
NORP | المصري | p3_egyptian2
GPE | ليبيا | p3_libya
REL | ROLE | p3_allagui | p3_jawhara
REL | VISIT | p3_ghannouchi2 | p3_algeria1
REL | ROLE | p3_sisi | p3_egyptian1

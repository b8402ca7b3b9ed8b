# saudinewsnet_part003_0454 (annotator45)
# "اتفاق السلام" (descriptive, not title-like), "المجتمع الدولي", "حكومة الوحدة الوطنية" (no nationality, like "الحكومة الشرعية") and "الأممي/أممية" are not annotated.
@P1
GPE | إيطاليا | p1_italy
ORG | الأمم المتحدة | p1_un
NORP | الليبية | p1_libyan

@P2
NORP | الإيطالي | p2_ital
PER | باولو جينتيلوني | p2_gentiloni
GPE | ليبيا | p2_libya
PER | برناردينو ليون | p2_leon
NORP | الليبية | p2_libyan1
GPE | الصخيرات | p2_skhirat
GPE | المغرب | p2_morocco
NORP | الإيطالية | p2_ital2
GPE | روما | p2_rome
NORP | الليبية | p2_libyan2
ORG | الحكومة الوطنية الليبية | p2_gov
PER | ليون | p2_leon2
EVENT | الأزمة الليبية | p2_crisis
REL | ROLE | p2_gentiloni | p2_ital
REL | LOCATED_IN | p2_skhirat | p2_morocco
REL | MEET | p2_gentiloni | p2_leon

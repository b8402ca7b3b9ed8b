# ant_v1.1_part002_2278 (annotator35)
@P1
PER | فوزي عبد الرحمان | p1_fawzi

@P2
ORG | تنسيقية أحزاب الائتلاف الحاكم | p2_coord
ORG | الاتحاد الوطني الحر | p2_upl
LOC | ضفاف البحيرة | p2_berges
PER | الحبيب الصيد | p2_essid
ORG | افاق تونس | p2_afek
PER | فوزي عبد الرحمان | p2_fawzi
REL | LOCATED_IN | p2_upl | p2_berges
REL | ROLE | p2_fawzi | p2_afek

@P3
PER | عبد الرحمان | p3_fawzi
ORG | الجوهرة أف أم | p3_jawhara

@P4
PER | عبد الرحمان | p4_fawzi

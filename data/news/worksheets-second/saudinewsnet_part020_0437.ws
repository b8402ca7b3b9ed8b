# saudinewsnet_part020_0437 (keyword2, second pass)
# P1 headline: no entity. "المملكة" alone is a common-noun reference (7.1); "مئات الملايين" has no currency.
@P2
ORG | وزارة الشؤون الاجتماعية | p2_mosa

@P3
PERCENT | 50% | p3_pct

@P6
ORG | وزارة الشؤون الاجتماعية | p6_mosa
ORG | التأمينات الاجتماعية | p6_gosi
PERCENT | 10% | p6_pct

@P11
# "وزير الشؤون الاجتماعية الجديد" is a title (not annotated); "الدكتور" is a title; "الوزارة" is a common noun.
PER | علي النملة | p11_namlah

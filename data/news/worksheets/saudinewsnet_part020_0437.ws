# saudinewsnet_part020_0437 (annotator9)
@P2
ORG | وزارة الشؤون الاجتماعية | p2_mosa

@P3
PERCENT | 50% | p3_pct

@P6
ORG | وزارة الشؤون الاجتماعية | p6_mosa
ORG | التأمينات الاجتماعية | p6_gosi
ORG | معاشات التقاعد | p6_pension
PERCENT | 10% | p6_pct

@P11
PER | علي النملة | p11_namlah

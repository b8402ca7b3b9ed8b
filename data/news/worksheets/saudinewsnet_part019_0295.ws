# saudinewsnet_part019_0295 (annotator36)
@P1
ORG | المياه الوطنية | p1_nwc
GPE | الرياض | p1_riyadh
GPE | جدة | p1_jeddah

@P2
ORG | المياه الوطنية | p2_nwc
GPE | الرياض | p2_riyadh1
GPE | جدة | p2_jeddah1
PERCENT | 100 في المائة | p2_pct
GPE | الرياض | p2_riyadh2
GPE | جدة | p2_jeddah2

@P3
GPE | الرياض | p3_riyadh
GPE | جدة | p3_jeddah
GPE | مكة المكرمة | p3_makkah
GPE | الطائف | p3_taif

# ant_v1.1_part002_1644 — second annotation (second6)
@P1
GPE | تونس | p1_tunisia

@P2
GPE | تونس | p2_tunisia
DATE | سنة 2016 | p2_2016
DATE | سنة 2015 | p2_2015

@P3
MONEY | 450 مليون دينار | p3_450m
ORG | ديوان المياه المعدنية | p3_office
ORG | الجوهرة أف أم | p3_jawhara
GPE | تونس | p3_tunisia
DATE | سنة 2011 | p3_2011
DATE | سنتي 2010 و2015 | p3_2010_2015
MONEY | 103 مليار من المليمات | p3_103b
GPE | سليانة | p3_siliana
GPE | القصرين | p3_kasserine
GPE | سيدي بوزيد | p3_sidibouzid
GPE | زغوان | p3_zaghouan
GPE | القيروان | p3_kairouan
GPE | تطاوين | p3_tataouine
MONEY | 82 مليون دينار | p3_82m
ORG | اللجنة الاستشارية القارة للمياه المعلبة | p3_committee
ORG | الديوان الوطني للمياه المعدنية والاستشفاء بالمياه | p3_onthermal

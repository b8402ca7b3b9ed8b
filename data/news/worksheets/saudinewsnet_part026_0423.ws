# saudinewsnet_part026_0423 (annotator25)
@P1
ORG | لجنة الانتخابات البلدية | p1_committee
GPE | الخرج | p1_kharj
REL | LOCATED_IN | p1_committee | p1_kharj

@P2
GPE | السيح | p2_sayh
DATE | 25 شوال 1436هـ | p2_hijri
DATE | 10 أغسطس 2015م | p2_greg
ORG | واس | p2_spa

@P3
ORG | اللجنة المحلية للانتخابات البلدية | p3_committee
GPE | الخرج | p3_kharj
GPE | السيح | p3_sayh
GPE | الدلم | p3_dilam
GPE | الهياثم | p3_hayathim
REL | LOCATED_IN | p3_committee | p3_kharj

@P4
GPE | الخرج | p4_kharj

@P5
DATE | مطلع شهر ذي القعدة القادم | p5_dhulqada

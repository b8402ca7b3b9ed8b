# saudinewsnet_part025_0298 (annotator25)
@P1
ORG | لجنة انتخابات منطقة الرياض | p1_committee

@P2
ORG | اللجنة المحلية للانتخابات البلدية | p2_committee
GPE | الرياض | p2_riyadh
DATE | السابع من شهر ذي القعدة المقبل | p2_date
ORG | اللجنة العامة للانتخابات البلدية | p2_general_committee
REL | LOCATED_IN | p2_committee | p2_riyadh

@P3
GPE | الرياض | p3_riyadh1
GPE | الرياض | p3_riyadh2
GPE | الرياض | p3_riyadh3
GPE | الرياض | p3_riyadh4

@P4
GPE | الرياض | p4_riyadh

@P8
PER | محمد بن صالح الضبعان | p8_dubaan

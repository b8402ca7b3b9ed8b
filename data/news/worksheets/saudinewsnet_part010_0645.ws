# saudinewsnet_part010_0645 (annotator47)
@P1
GPE | الرياض | p1_riyadh

@P2
PER | محمد الزامل | p2_zamil
ORG | سبق | p2_sabq1
GPE | الرياض | p2_riyadh1
DATE | أمس | p2_yesterday1               # "عصر أمس": part of the day left out
LOC | الروضة | p2_rawdah1                # "بحي الروضة": district, classifier dropped
GPE | الرياض | p2_riyadh2
ORG | سبق | p2_sabq2
PER | عبدالله محمد السبيعي | p2_subaie1
LOC | الروضة | p2_rawdah2
DATE | أمس | p2_yesterday2
FAC | طريق سعود الكبير | p2_road
FAC | تقاطع خالد بن الوليد | p2_junction   # "تقاطع" kept: the rest alone reads as the person
LOC | الروضة | p2_rawdah3
GPE | الرياض | p2_riyadh3
ORG | الدفاع المدني | p2_civildef
LOC | الروضة | p2_rawdah4
GPE | الرياض | p2_riyadh4
PER | السبيعي | p2_subaie2
REL | ROLE | p2_zamil | p2_sabq1
REL | LOCATED_IN | p2_rawdah1 | p2_riyadh2
REL | LOCATED_IN | p2_junction | p2_rawdah3
REL | LOCATED_IN | p2_rawdah3 | p2_riyadh3
REL | LOCATED_IN | p2_civildef | p2_rawdah4
REL | LOCATED_IN | p2_rawdah4 | p2_riyadh4

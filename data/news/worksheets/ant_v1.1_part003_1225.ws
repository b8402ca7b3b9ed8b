# ant_v1.1_part003_1225 (annotator5)
@P1
PER | ماركو رويس | p1_reus
ORG | دورتموند | p1_bvb
REL | ROLE | p1_reus | p1_bvb

@P2
ORG | بوروسيا دوتموند | p2_bvb
ORG | المنتخب الالماني | p2_nt
PER | ماركو رويس | p2_reus
DATE | السبت الفارط | p2_sat
EVENT | كأس ألمانيا | p2_cup
ORG | أنترخت فرانكفورت | p2_eintracht
REL | ROLE | p2_reus | p2_bvb
REL | ROLE | p2_reus | p2_nt

@P3
PER | رويس | p3_reus
EVENT | كأس القارات | p3_confed
DATE | الموسم الرياضي القادم | p3_nextseason
PER | رويس | p3_reus2
DATE | الموسم الحالي | p3_season
ORG | دورتموند | p3_bvb
REL | ROLE | p3_reus2 | p3_bvb

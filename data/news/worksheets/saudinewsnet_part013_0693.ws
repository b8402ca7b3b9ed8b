@P1
PER | هادي | p1_hadi

@P2
NORP | يمنيان | p2_yemeni
ORG | عكاظ | p2_okaz
PER | عبد ربه منصور هادي | p2_hadi
ORG | الجيش اليمني | p2_army

@P3
ORG | لجنة العسكرية | p3_committee
GPE | تعز | p3_taiz
PER | عبدالله الشرعبي | p3_sharabi
ORG | الجيش اليمني | p3_army
ORG | المقاومة الشعبية | p3_resistance
REL | ROLE | p3_sharabi | p3_committee
REL | LOCATED_IN | p3_committee | p3_taiz

@P5
PER | محمد سعيد | p5_saeed
NORP | الحوثي | p5_houthi
NORP | اليمنية | p5_yemeni
NORP | اليمني | p5_yemeni2
ORG | الجيش اليمني | p5_army

@P6
GPE | يمن | p6_yemen
ORG | الجيش اليمني | p6_army
GPE | اليمن | p6_yemen2

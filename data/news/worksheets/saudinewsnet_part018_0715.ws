# saudinewsnet_part018_0715 (annotator12)
@P1
ORG | النصر | p1_nassr
PER | مورا | p1_mora
PER | هزازي | p1_hazazi
EVENT | سوبر | p1_super
REL | ROLE | p1_mora | p1_nassr

@P2
PER | محمد أبو شعر | p2_abushaar
ORG | سبق | p2_sabq
REL | ROLE | p2_abushaar | p2_sabq
ORG | النصر | p2_nassr
PER | طلال النجار | p2_najjar
REL | ROLE | p2_najjar | p2_nassr
NORP | الأوروجوياني | p2_uru
PER | رودريجو مورا | p2_mora
ORG | ريفر بليت | p2_river
NORP | الأرجنتيني | p2_arg
REL | ROLE | p2_mora | p2_river
REL | ROLE | p2_mora | p2_nassr
PER | النجار | p2_najjar2
ORG | يو إف إم | p2_ufm
NORP | الأوروجوياني | p2_uru2
PER | النجار | p2_najjar3
DATE | 6 أغسطس الجاري | p2_aug6
PER | النجار | p2_najjar4
PER | نايف هزازي | p2_hazazi
EVENT | السوبر السعودي | p2_super
ORG | الهلال | p2_hilal
PER | هزازي | p2_hazazi2
EVENT | السوبر | p2_super2

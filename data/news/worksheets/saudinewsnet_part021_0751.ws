# saudinewsnet_part021_0751 (annotator32)
@P1
ORG | بايرن ميونخ | p1_bayern
PER | جوتزه | p1_goetze
REL | ROLE | p1_goetze | p1_bayern

@P2
PER | ماتياس سامر | p2_sammer
ORG | بايرن ميونخ | p2_bayern1
NORP | الألماني | p2_german
PER | ماريو جوتزه | p2_goetze1
ORG | يوفنتوس | p2_juve1
NORP | الإيطالي | p2_italian
PER | جوتزه | p2_goetze2
ORG | يوفنتوس | p2_juve2
PER | جوزيب جوارديولا | p2_guardiola
ORG | بايرن ميونخ | p2_bayern2
REL | ROLE | p2_sammer | p2_bayern1
REL | ROLE | p2_goetze1 | p2_bayern1
REL | ROLE | p2_guardiola | p2_bayern2

@P3
ORG | لا جازيتا ديلو سبورت | p3_gazzetta
NORP | الإيطالية | p3_italian
PER | سامر | p3_sammer
PER | ماريو | p3_mario1
PER | ماريو | p3_mario2

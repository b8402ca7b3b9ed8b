# saudinewsnet_part011_0047 (annotator33)
@P1
ORG | الطيار | p1_tayyar

@P2
ORG | مجموعة الطيار للسفر القابضة | p2_tayyar
DATE | العيد | p2_eid
DATE | عيد الفطر | p2_eidfitr
PER | عبدالله بن ناصر الداوود | p2_dawood
PER | علي التيجاني | p2_tijani
PER | سعود العريفي | p2_arifi
REL | ROLE | p2_dawood | p2_tayyar
REL | ROLE | p2_tijani | p2_tayyar
REL | ROLE | p2_arifi | p2_tayyar

@P3
PER | عبد الله الداود | p3_dawood

@P4
PER | عبد الله الداود | p4_dawood
ORG | مجموعة الطيار للسفر القابضة | p4_tayyar

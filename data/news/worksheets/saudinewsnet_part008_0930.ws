# saudinewsnet_part008_0930 (annotator28)
@P1
ORG | الوحدة | p1_wehda

@P2
# sentence 1: the board meeting of the club, all ten present are board members
ORG | الوحدة | p2_wehda
DATE | أول من أمس | p2_date
PER | هشام مرسي | p2_morsi
PER | محمد سمرقندي | p2_samarqandi1
PER | أحمد شعيب | p2_shuaib1
PER | باسم منقل | p2_manqal
PER | فواز بخاري | p2_bukhari1
PER | عبدالرشيد تركستاني | p2_turkistani1
PER | وائل غلام | p2_ghulam1
PER | سمير النوري | p2_nouri1
PER | عبدالفتاح هوساوي | p2_hawsawi1
PER | مشهور البنيان | p2_bunyan1
REL | ROLE | p2_morsi | p2_wehda
REL | ROLE | p2_samarqandi1 | p2_wehda
REL | ROLE | p2_shuaib1 | p2_wehda
REL | ROLE | p2_manqal | p2_wehda
REL | ROLE | p2_bukhari1 | p2_wehda
REL | ROLE | p2_turkistani1 | p2_wehda
REL | ROLE | p2_ghulam1 | p2_wehda
REL | ROLE | p2_nouri1 | p2_wehda
REL | ROLE | p2_hawsawi1 | p2_wehda
REL | ROLE | p2_bunyan1 | p2_wehda
# committee 1
ORG | لجنة التطوير الإداري والمالي | p2_cttee_admin
PER | محمد سمرقندي | p2_samarqandi2
PER | فواز بخاري | p2_bukhari2
PER | أحمد شعيب | p2_shuaib2
PER | مشهور البنيان | p2_bunyan2
PER | عبدالفتاح هوساوي | p2_hawsawi2
REL | ROLE | p2_samarqandi2 | p2_cttee_admin
REL | ROLE | p2_bukhari2 | p2_cttee_admin
REL | ROLE | p2_shuaib2 | p2_cttee_admin
REL | ROLE | p2_bunyan2 | p2_cttee_admin
REL | ROLE | p2_hawsawi2 | p2_cttee_admin
# committee 2
ORG | لجنة الاستثمار والتسويق الرياضي | p2_cttee_invest
PER | فواز بخاري | p2_bukhari3
PER | محمد سمرقندي | p2_samarqandi3
PER | عبدالفتاح هوساوي | p2_hawsawi3
PER | وائل غلام | p2_ghulam2
PER | سمير النوري | p2_nouri2
REL | ROLE | p2_bukhari3 | p2_cttee_invest
REL | ROLE | p2_samarqandi3 | p2_cttee_invest
REL | ROLE | p2_hawsawi3 | p2_cttee_invest
REL | ROLE | p2_ghulam2 | p2_cttee_invest
REL | ROLE | p2_nouri2 | p2_cttee_invest
# committee 3
ORG | لجنة الألعاب المختلفة | p2_cttee_games
PER | عبدالرشيد تركستاني | p2_turkistani2
PER | عبدالفتاح هوساوي | p2_hawsawi4
PER | سمير النوري | p2_nouri3
PER | وائل غلام | p2_ghulam3
PER | مشهور البنيان | p2_bunyan3
REL | ROLE | p2_turkistani2 | p2_cttee_games
REL | ROLE | p2_hawsawi4 | p2_cttee_games
REL | ROLE | p2_nouri3 | p2_cttee_games
REL | ROLE | p2_ghulam3 | p2_cttee_games
REL | ROLE | p2_bunyan3 | p2_cttee_games
# committee 4
ORG | لجنة الألعاب الفردية | p2_cttee_individual
PER | عبدالفتاح هوساوي | p2_hawsawi5
PER | فواز بخاري | p2_bukhari4
PER | أحمد شعبا | p2_shuaib3
REL | ROLE | p2_hawsawi5 | p2_cttee_individual
REL | ROLE | p2_bukhari4 | p2_cttee_individual
REL | ROLE | p2_shuaib3 | p2_cttee_individual

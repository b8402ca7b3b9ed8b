# saudinewsnet_part005_0783 (annotator34)
@P2
GPE | الإمارات | p2_uae1
LAW | الاتفاق النووي الإيراني | p2_nucleardeal
GPE | الإمارات | p2_uae2
NORP | السعودي | p2_saudi1
ORG | الهيئة السعودية للمدن الصناعية ومناطق التقنية | p2_modon_full
ORG | مدن | p2_modon
LAW | مدن 2020 | p2_modon2020
ORG | وزارة البلدية | p2_momra1
ORG | وزارة الإسكان | p2_housing1
ORG | وزارة البلدية | p2_momra2
ORG | وزارة الإسكان | p2_housing2
ORG | وزارة البلدية | p2_momra3
ORG | وزارة البلدية | p2_momra4
ORG | وزارة الاسكان | p2_housing3
ORG | وزارة العمل | p2_labor
NORP | السعوديين | p2_saudis
NORP | السعودية | p2_saudi2
DATE | سنة 2015 | p2_2015
ORG | هيئة سوق المال | p2_cma

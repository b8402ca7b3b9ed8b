# ant_v1.1_part000_1495 (annotator15)
@P1
GPE | السويد | p1_sweden
NORP | الأوروبيين | p1_europeans

@P2
NORP | السويدي | p2_swe_adj
PER | ستيفان لوفين | p2_lofven
ORG | الاتحاد الأوروبي | p2_eu
LOC | أوروبا | p2_europe
REL | ROLE | p2_lofven | p2_swe_adj

@P3
PER | ستيفان لوفين | p3_lofven
GPE | مالطا | p3_malta
PER | جوزيف موسكات | p3_muscat
REL | MEET | p3_lofven | p3_muscat
REL | ROLE | p3_muscat | p3_malta
NORP | الأوروبي | p3_eur_adj1
NORP | الأوروبية | p3_eur_adj2
ORG | الاتحاد الأوروبي | p3_eu1
DATE | سبتمبر 2015 | p3_sep2015
GPE | إيطاليا | p3_italy
GPE | اليونان | p3_greece1
REL | SUPPORTS | p3_eu1 | p3_italy
REL | SUPPORTS | p3_eu1 | p3_greece1
ORG | الاتحاد الأوروبي | p3_eu2
GPE | تركيا | p3_turkey
GPE | اليونان | p3_greece2
LOC | أوروبا الغربية والشمالية | p3_west_north_europe
GPE | السويد | p3_sweden
DATE | سنة 2014 | p3_2014
LOC | أوروبا | p3_europe

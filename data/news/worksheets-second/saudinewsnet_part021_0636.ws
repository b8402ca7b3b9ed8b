# saudinewsnet_part021_0636 (second-fifth1)
@P1
PER | موراليز | p1_morales

@P2
ORG | الاتحاد | p2_ittihad
NORP | الأرجنتيني | p2_arg
PER | ماكسي موراليز | p2_morales
ORG | أتلانتا | p2_atalanta
NORP | الإيطالي | p2_ita
ORG | بوبا العربية | p2_bupa
PER | منصور البلوي | p2_balawi
REL | ROLE | p2_morales | p2_ittihad
REL | ROLE | p2_morales | p2_atalanta
REL | ROLE | p2_balawi | p2_ittihad

@P3
PER | ماجد قاروب | p3_qaroub
ORG | الاتحاد | p3_ittihad1
MONEY | خمسة ملايين يورو | p3_fee
ORG | الاتحاد | p3_ittihad2
NORP | الفنزويلي | p3_ven
PER | ريفاس | p3_rivas
NORP | الغاني | p3_gha
PER | مونتاري | p3_muntari
PER | موراليز | p3_morales
NORP | الآسيوي | p3_asian
NORP | سوري | p3_syr
NORP | ياباني | p3_jap
NORP | أرجنتيني | p3_arg
NORP | صينيا | p3_chn
REL | ROLE | p3_qaroub | p3_ittihad1
REL | ROLE | p3_rivas | p3_ittihad2
REL | ROLE | p3_muntari | p3_ittihad2

@P4
NORP | الإيطالية | p4_ita1
ORG | أتلانتا | p4_atalanta1
NORP | الأرجنتيني | p4_arg
PER | موراليز | p4_morales
PER | مونتاري | p4_muntari
ORG | الاتحاد | p4_ittihad
MONEY | 1.5 مليون يورو | p4_salary
ORG | أتلانتا | p4_atalanta2
MONEY | 600 ألف يورو | p4_oldsalary
PER | بيرباولو | p4_pierpaolo
ORG | أتلانتا | p4_atalanta3
MONEY | خمسة ملايين يورو | p4_fee
LOC | بوفينا | p4_bovina
GPE | ميلانو | p4_milan
NORP | الإيطالية | p4_ita2
DATE | أمس | p4_yesterday
NORP | الروماني | p4_rom
PER | بولوني | p4_boloni
PER | فواز القرني | p4_qarni
PER | أسامة المولد | p4_mowalad
DATE | الموسم الماضي | p4_lastseason
REL | ROLE | p4_morales | p4_atalanta1
REL | ROLE | p4_morales | p4_ittihad
REL | ROLE | p4_muntari | p4_ittihad
REL | ROLE | p4_pierpaolo | p4_atalanta3
REL | LOCATED_IN | p4_bovina | p4_milan

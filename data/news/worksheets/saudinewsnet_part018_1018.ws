# saudinewsnet_part018_1018 (annotator13)
@P1
GPE | السعودية | p1_ksa

@P2
GPE | السعودية | p2_ksa
GPE | السعودية | p2_ksa2
ORG | هيئة تنظيم الكهرباء والإنتاج المزدوج | p2_ecra

@P3
GPE | السعودية | p3_ksa
GPE | أوزبكستان | p3_uzbekistan

@P4
PER | أحمد الراجحي | p4_rajhi
ORG | جامعة الملك سعود | p4_ksu
ORG | الحكومة السعودية | p4_gov
MONEY | 150 مليار ريال | p4_sar
MONEY | 40 مليار دولار | p4_usd
REL | ROLE | p4_rajhi | p4_ksu

@P5
NORP | السعودي | p5_saudi
GPE | فرنسا | p5_france

@P6
PER | الراجحي | p6_rajhi
NORP | السعودي | p6_saudi
GPE | سعودية | p6_ksa

@P7
PER | راشد أبانمي | p7_abanmi
GPE | السعودية | p7_ksa
PER | أبانمي | p7_abanmi2

@P8
PER | الراجحي | p8_rajhi
LAW | المرسوم الملكي رقم 169 | p8_decree
DATE | عام 1418 هجرية / 1998 ميلادية | p8_date

@P9
MONEY | 5 دولارات | p9_usd
NORP | السعودي | p9_saudi

@P11
DATE | عام 2015 | p11_2015
ORG | مؤسسة النقد العربي السعودي | p11_sama
ORG | ساما | p11_sama2
PERCENT | 49.5 في المائة | p11_pct1
GPE | السعودية | p11_ksa
PERCENT | 18.8 في المائة | p11_pct2
PERCENT | 15.5 في المائة | p11_pct3
PERCENT | 10.9 في المائة | p11_pct4

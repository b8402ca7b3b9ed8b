# saudinewsnet_part005_0953 (annotator5)
@P1
ORG | المعجل | p1_muajil
MONEY | مليار ريال | p1_bn

@P2
ORG | مجموعة محمد المعجل | p2_muajil
ORG | السوق المالية السعودية | p2_tadawul_full
ORG | تداول | p2_tadawul
DATE | عام 2013 | p2_2013
ORG | أم أم أل ميديست ليمتد | p2_mml
MONEY | 236 مليون ريال | p2_236
ORG | الوطن | p2_watan
MONEY | مليار ريال | p2_bn
REL | CRITICIZES | p2_muajil | p2_mml

@P3
ORG | أم أم أل ميديست ليمتد | p3_mml

@P4
DATE | أمس | p4_yesterday
ORG | تداول | p4_tadawul
ORG | محكمة الاستئناف | p4_court
GPE | دبي | p4_dubai
DATE | 15-07-2015 | p4_date
ORG | أم أم أل ميديست ليمتد | p4_mml
MONEY | ث63 مليون دولار أميركي | p4_usd
MONEY | 236 مليون ريال | p4_236
MONEY | 136 مليون ريال سعودي | p4_136
REL | LOCATED_IN | p4_court | p4_dubai
REL | CRITICIZES | p4_court | p4_mml

@P5
ORG | مجموعة محمد المعجل | p5_muajil
DATE | عام 2008 | p5_2008
FAC | مصفاة منيفه | p5_manifa
FAC | منيفه | p5_manifa2
ORG | سايبم | p5_saipem
ORG | أم أم أل ميديست | p5_mml
ORG | أم أم أل ميديست ليمتد | p5_mml2
ORG | مجموعة محمد المعجل | p5_muajil2
ORG | أم أم أل ميديست ليمتد | p5_mml3
ORG | مجموعة المعجل | p5_muajil3
DATE | الربع الثاني للعام 2012 | p5_q2
FAC | منيفه | p5_manifa3

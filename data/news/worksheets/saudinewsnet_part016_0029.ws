# saudinewsnet_part016_0029 (annotator31)
@P1
ORG | أرسنال | p1_arsenal
ORG | تشلسي | p1_chelsea

@P2
ORG | ارسنال | p2_arsenal
NORP | الانجليزي | p2_english
DATE | موسم 2015-2016 | p2_season
ORG | تشلسي | p2_chelsea
EVENT | درع المجتمع | p2_shield
DATE | اليوم الأحد | p2_sunday
FAC | ملعب ويمبلي | p2_wembley
GPE | لندن | p2_london
REL | LOCATED_IN | p2_wembley | p2_london

@P3
NORP | الفرنسي | p3_french
PER | ارسين فينغر | p3_wenger
ORG | استون فيلا | p3_villa
ORG | تشلسي | p3_chelsea

@P4
ORG | ارسنال | p4_arsenal
NORP | التشيكي | p4_czech
PER | بتر تشيك | p4_cech
ORG | تشلسي | p4_chelsea
REL | ROLE | p4_cech | p4_arsenal
REL | ROLE | p4_cech | p4_chelsea

@P5
ORG | أرسنال | p5_arsenal
DATE | العام الماضي | p5_lastyear
ORG | مانشستر سيتي | p5_city
ORG | تشلسي | p5_chelsea
DATE | 2009 | p5_2009

@P6
PER | جوزيه مورينيو | p6_mourinho
ORG | تشلسي | p6_chelsea
NORP | البرتغالي | p6_portuguese
ORG | ارسنال | p6_arsenal
NORP | الألماني | p6_german
PER | مسعود اوزيل | p6_ozil
NORP | التشيلي | p6_chilean
PER | اليكسيس سانشيس | p6_sanchez
REL | ROLE | p6_mourinho | p6_chelsea
REL | ROLE | p6_ozil | p6_arsenal
REL | ROLE | p6_sanchez | p6_arsenal

@P7
PER | مورينيو | p7_mourinho
PER | فينغر | p7_wenger
GPE | لندن | p7_london
NORP | الفرنسي | p7_french
REL | CRITICIZES | p7_mourinho | p7_wenger

@P8
EVENT | درع المجتمع | p8_shield
ORG | مانشستر يونايتد | p8_united
DATE | عام 2010 | p8_2010

# saudinewsnet_part019_0792 (annotator40)
@P1
ORG | البحري | p1_bahri
MONEY | 3.9 مليار | p1_money

@P2
ORG | الشركة الوطنية السعودية للنقل البحري | p2_bahri_full
ORG | البحري | p2_bahri
NORP | السعودي | p2_saudi
NORP | الاسلامية | p2_islamic
DATE | يوم 14-10-1436هـ | p2_hijri
DATE | 30-07-2015م | p2_greg
MONEY | 3,900,000,000 ريال سعودي | p2_money1
MONEY | ثلاثة مليارات وتسعمائة مليون ريال سعودي | p2_money2
DATE | يوليو من عام 2022م | p2_maturity
ORG | هيئة السوق المالية | p2_cma

@P3
ORG | البحري | p3_bahri
PER | إبراهيم بن عبدالرحمن العمر | p3_omar
ORG | تداول | p3_tadawul
DATE | 24 شعبان 1435هـ | p3_hijri
DATE | 22 يونيو 2014م | p3_greg
REL | ROLE | p3_omar | p3_bahri

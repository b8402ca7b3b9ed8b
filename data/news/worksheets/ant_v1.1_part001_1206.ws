# ant_v1.1_part001_1206 (annotator34)
@P1
FAC | السوق المركزية | p1_market
GPE | المنستير | p1_monastir
REL | LOCATED_IN | p1_market | p1_monastir

@P2
ORG | الشرطة البلدية | p2_munipolice
DATE | اليوم الإثنين 9 جانفي 2017 | p2_date
FAC | السوق المركزية | p2_market
GPE | المنستير | p2_monastir
ORG | الجوهرة | p2_jawhara
DATE | سنة 2005 | p2_2005
REL | LOCATED_IN | p2_market | p2_monastir

@P3
DATE | 2016 | p3_2016
DATE | يوم 17 ديسمبر الماضي | p3_date
ORG | المحكمة الإدارية | p3_court1
ORG | المحكمة الإدارية | p3_court2
ORG | النيابة الخصوصية | p3_delegation
GPE | المنستير | p3_monastir
PER | نبيل حميدة | p3_hmida
ORG | جوهرة | p3_jawhara
REL | ROLE | p3_hmida | p3_delegation
REL | LOCATED_IN | p3_delegation | p3_monastir

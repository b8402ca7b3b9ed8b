# saudinewsnet_part008_0145 (annotator43)
@P1
ORG | شيك شاك | p1_shakeshack
NORP | الأميركية | p1_american
FAC | أكسفورد ستريت | p1_oxfordst

@P2
ORG | Shake Shack | p2_shakeshack_latin
NORP | الأميركية | p2_american
NORP | العربية | p2_arab
ORG | شيك شاك | p2_shakeshack1
GPE | لندن | p2_london1
DATE | الخامس من يوليو (تموز) 2013 | p2_date
LOC | كوفنت غاردن | p2_covent
FAC | أكسفورد ستريت | p2_oxfordst
GPE | لندن | p2_london2
ORG | شيك شاك | p2_shakeshack2
PER | داني مييرز | p2_meyer
DATE | أواخر هذا العام | p2_endyear
REL | LOCATED_IN | p2_shakeshack1 | p2_london1
REL | LOCATED_IN | p2_covent | p2_london1
REL | LOCATED_IN | p2_oxfordst | p2_london2
REL | ROLE | p2_meyer | p2_shakeshack2

@P3
GPE | لندن | p3_london
FAC | ويستفيلج | p3_westfield
GPE | كارديف | p3_cardiff

@P4
ORG | شيك شاك | p4_shakeshack
FAC | أكسفورد ستريت | p4_oxfordst

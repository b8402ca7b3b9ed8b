# ant_v1.1_part000_0921 (annotator27)
@P1
GPE | لندن | p1_london

@P2
PER | تيريزا ماي | p2_may
GPE | لندن | p2_london

@P3
ORG | الشرطة البريطانية | p3_police
LOC | فوكس هول | p3_vauxhall
GPE | لندن | p3_london1
REL | LOCATED_IN | p3_vauxhall | p3_london1
FAC | لندن بريدج | p3_bridge1
EVENT | هجوم لندن بريدج | p3_attack
FAC | شارع فوكسهول | p3_street
GPE | لندن | p3_london2
REL | LOCATED_IN | p3_street | p3_london2
LOC | بورو ماركت | p3_borough
FAC | جسر لندن | p3_bridge2
NORP | البريطانية | p3_british
PER | تيريزا ماي | p3_may
NORP | الأميركي | p3_us
PER | دونالد ترامب | p3_trump
REL | ROLE | p3_trump | p3_us
ORG | رويترز | p3_reuters1
FAC | جسر لندن | p3_bridge3
ORG | شرطة لندن | p3_metpolice
LOC | لندن بريدج | p3_lbarea
ORG | رويترز | p3_reuters2
FAC | جسر لندن | p3_bridge4
ORG | هيئة النقل | p3_tfl
GPE | لندن | p3_london3
REL | LOCATED_IN | p3_tfl | p3_london3
FAC | محطة لندن بريدج | p3_station

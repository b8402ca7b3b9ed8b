# saudinewsnet_part007_0037 (annotator50)
@P1
PER | سامر | p1_samer
PER | جروس | p1_gross

@P2
PER | سامر سالم | p2_samer1
ORG | الأهلي | p2_ahli1
GPE | النمسا | p2_austria           # the club's training camp abroad (§7.5); Samer stayed behind
NORP | السويسري | p2_swiss1
PER | جروس | p2_gross
ORG | الأهلي | p2_ahli2
NORP | السويسري | p2_swiss2
PER | سامر سالم | p2_samer2
ORG | الخليج | p2_khaleej1
GPE | إسبانيا | p2_spain
PER | سامر سالم | p2_samer3
ORG | الأهلي | p2_ahli3
DATE | الموسم الماضي | p2_lastseason1
ORG | الرائد | p2_raed1
PER | سامر | p2_samer4
ORG | الرائد | p2_raed2
ORG | نجران | p2_najran
ORG | الخليج | p2_khaleej2
DATE | الموسم المقبل | p2_nextseason
DATE | الموسم الماضي | p2_lastseason2
ORG | الرائد | p2_raed3
ORG | الخليج | p2_khaleej3
ORG | الرائد | p2_raed4
ORG | الخليج | p2_khaleej4
DATE | الموسم الماضي | p2_lastseason3
ORG | الخليج | p2_khaleej5
PER | هتان باهبري | p2_hattan
ORG | خليج | p2_khaleej6              # "للخليج": after لل (§1.1)
REL | ROLE | p2_samer1 | p2_ahli1
REL | VISIT | p2_ahli1 | p2_austria
REL | ROLE | p2_gross | p2_ahli1
REL | ROLE | p2_samer2 | p2_khaleej1
REL | VISIT | p2_samer2 | p2_spain
REL | VISIT | p2_khaleej1 | p2_spain
REL | ROLE | p2_samer3 | p2_ahli3
REL | ROLE | p2_samer3 | p2_raed1
REL | ROLE | p2_samer4 | p2_khaleej2
REL | ROLE | p2_hattan | p2_khaleej6

# ant_v1.1_part002_1069 (annotator22)
@P1
GPE | باريس | p1_paris
FAC | دڨة | p1_dougga
NORP | تونسية | p1_tunisian

@P2
DATE | اليوم الجمعة | p2_friday
FAC | دار اليونسكو | p2_unesco_house
GPE | باريس | p2_paris
FAC | دڨة | p2_dougga
ORG | اليونسكو | p2_unesco
PER | سلمى اللومي | p2_loumi
GPE | جمهورية التونسية | p2_tunisia
PER | غازي الغرايري | p2_gharairi
REL | LOCATED_IN | p2_unesco_house | p2_paris
REL | ROLE | p2_loumi | p2_tunisia
REL | ROLE | p2_gharairi | p2_tunisia

@P3
PER | الغرايري | p3_gharairi1
ORG | الجوهرة أف أم | p3_jawhara
GPE | باريس | p3_paris
GPE | تونس | p3_tunisia1
NORP | تونسية | p3_tunisian1
ORG | اليونسكو | p3_unesco
NORP | التونسية | p3_tunisian2
GPE | تونس | p3_tunisia2
LOC | جربة | p3_djerba
GPE | زغوان | p3_zaghouan
FAC | الحنايا | p3_hanaya
LOC | شط الجريد | p3_jerid
GPE | تونس | p3_tunisia3
GPE | سجنان | p3_sejnane
GPE | تونس | p3_tunisia4
DATE | القرن التاسع عشر | p3_19c
FAC | متحف فن الزهراء | p3_museum
GPE | سيدي بوسعيد | p3_sidibou
PER | الغرايري | p3_gharairi2
FAC | دقة | p3_dougga
GPE | تونس | p3_tunisia5
NORP | اللوبية | p3_libyan
NORP | الرومانية | p3_roman
NORP | البيزنطية | p3_byzantine
NORP | الإسلامية | p3_islamic
NORP | لاتينية | p3_latin
PERCENT | 10 بالمائة | p3_pct
LOC | المغرب العربي | p3_maghreb
REL | LOCATED_IN | p3_museum | p3_sidibou
REL | LOCATED_IN | p3_dougga | p3_tunisia5

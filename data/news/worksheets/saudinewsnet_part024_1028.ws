@P1
EVENT | كأس العالم للسلة | p1_wc
GPE | الصين | p1_china

@P2
ORG | الاتحاد الدولي لكرة السلة | p2_fiba
GPE | الصين | p2_china
EVENT | كأس العالم | p2_wc
DATE | 2019 | p2_2019
GPE | الصين | p2_china2
GPE | الفلبين | p2_phil

@P3
PER | ياو مينغ | p3_yao
GPE | الصين | p3_china
ORG | الاتحاد الدولي | p3_fiba
GPE | الصين | p3_china2
EVENT | كأس العالم | p3_wc
REL | ROLE | p3_yao | p3_china

@P4
ORG | دوري السلة الأمريكي | p4_nba
EVENT | أولمبياد بكين 2008 | p4_olympics

@P5
EVENT | كأس العالم 2019 | p5_wc
NORP | صينية | p5_chinese

@P6
GPE | الولايات المتحدة | p6_us
EVENT | كأس العالم | p6_wc
GPE | إسبانيا | p6_spain
DATE | عام 2014 | p6_2014
GPE | صربيا | p6_serbia

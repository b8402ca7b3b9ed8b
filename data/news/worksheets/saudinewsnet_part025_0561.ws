# saudinewsnet_part025_0561 (annotator26)
@P1
PER | بادغيش | p1_badghaish
ORG | الأهلي | p1_ahli
ORG | المنازعات | p1_drc

@P2
PER | عبدالله بادغيش | p2_badghaish1
ORG | القادسية | p2_qadsiah1
ORG | المدينة | p2_madina
DATE | موسم الجديد | p2_newseason1
ORG | دوري عبداللطيف جميل للمحترفين | p2_league
GPE | الخبر | p2_khobar1
GPE | تركيا | p2_turkey1
DATE | امس | p2_yesterday1
GPE | دبي | p2_dubai1
NORP | الاماراتية | p2_emirati1
GPE | الخبر | p2_khobar2
ORG | الجيل | p2_jeel1
EVENT | كاس ولي العهد | p2_crownprince_cup
PER | بادغيش | p2_badghaish2
PER | بادغيش | p2_badghaish3
ORG | الاهلي | p2_ahli
ORG | لجنة فض المنازعات | p2_drc
NORP | الاسيوية | p2_asian
LOC | اسيا | p2_asia
PER | بادغيش | p2_badghaish4
PER | معدي الهاجري | p2_hajri
ORG | القادسية | p2_qadsiah2
DATE | امس السبت | p2_saturday
DATE | موسم القادم | p2_nextseason
ORG | القادسية | p2_qadsiah_kw
NORP | الكويتي | p2_kuwaiti
GPE | دبي | p2_dubai2
NORP | الاماراتي | p2_emirati2
DATE | الاحد | p2_sunday
GPE | منطقة الشرقية | p2_eastern
ORG | الجيل | p2_jeel2
DATE | شهر رمضان | p2_ramadan
DATE | موسم الجديد | p2_newseason2
GPE | تركيا | p2_turkey2
DATE | ثالث ايام عيد الفطر | p2_eid
GPE | دبي | p2_dubai3
NORP | الاماراتية | p2_emirati3
REL | ROLE | p2_badghaish1 | p2_qadsiah1
REL | VISIT | p2_qadsiah1 | p2_turkey1
REL | VISIT | p2_qadsiah1 | p2_dubai1
REL | VISIT | p2_qadsiah2 | p2_dubai2
REL | VISIT | p2_qadsiah_kw | p2_dubai2
REL | VISIT | p2_qadsiah2 | p2_turkey2

# saudinewsnet_part007_0722 (annotator33)
@P1
PER | فيصل بن خالد | p1_faisal
GPE | عسير | p1_asir

@P2
GPE | عسير | p2_asir
ORG | مجلس التنمية السياحية | p2_tdc
PER | فيصل بن خالد بن عبدالعزيز | p2_faisal
DATE | أمس | p2_yesterday
REL | ROLE | p2_faisal | p2_asir
REL | ROLE | p2_faisal | p2_tdc

@P3
GPE | عسير | p3_asir

@P4
ORG | هيئة العامة للسياحة والتراث الوطني | p4_scth
GPE | عسير | p4_asir
ORG | مجلس التنمية السياحية | p4_tdc
PER | محمد العمرة | p4_omrah
EVENT | مهرجان أبها يجمعنا | p4_festival
GPE | عسير | p4_asir2
REL | LOCATED_IN | p4_scth | p4_asir
REL | ROLE | p4_omrah | p4_scth
REL | ROLE | p4_omrah | p4_tdc

@P5
PER | فيصل بن خالد | p5_faisal
DATE | أول من أمس | p5_daybefore
EVENT | مهرجان أبها يجمعنا | p5_festival
LOC | بحيرة السد | p5_lake

@P6
LOC | الجبل الأخضر | p6_greenmtn
LOC | بحيرة السد | p6_lake
PER | صالح قدح | p6_qadah

@P7
PER | فيصل بن خالد | p7_faisal
GPE | عسير | p7_asir
NORP | الصينية | p7_chinese

@P8
PER | صالح قدح | p8_qadah
GPE | عسير | p8_asir
NORP | الصينية | p8_chinese
FAC | سد أبها | p8_abhadam

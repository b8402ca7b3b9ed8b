# saudinewsnet_part010_0015 (annotator28)
@P1
GPE | عسير | p1_asir
EVENT | أبها يجمعنا | p1_festival

@P2
PER | فيصل بن خالد بن عبدالعزيز | p2_faisal
GPE | عسير | p2_asir
ORG | مجلس التنمية السياحية | p2_tdc
DATE | اليوم الأحد | p2_sunday
EVENT | أبها يجمعنا | p2_festival
FAC | ممشى الضباب | p2_walkway
GPE | أبها | p2_abha
REL | ROLE | p2_faisal | p2_asir
REL | ROLE | p2_faisal | p2_tdc
REL | LOCATED_IN | p2_walkway | p2_abha

@P3
ORG | الهيئة العامة للسياحة والتراث الوطني | p3_scth
GPE | عسير | p3_asir
PER | محمد العمرة | p3_omra
REL | ROLE | p3_omra | p3_scth

@P4
FAC | مركز الملك فهد الثقافي | p4_kfcc
FAC | قرية المفتاحة | p4_muftaha
DATE | الأحد | p4_sunday
EVENT | ملتقى السياحة المعرفية | p4_forum
ORG | مجلس شباب منطقة عسير | p4_youth
ORG | الغرفة التجارية الصناعية | p4_chamber
GPE | أبها | p4_abha
EVENT | معرض مشكاة التفاعلي | p4_mishkat
GPE | السعودية | p4_ksa
DATE | 2050 | p4_2050
EVENT | أبها يجمعنا | p4_festival
REL | LOCATED_IN | p4_chamber | p4_abha

@P5
EVENT | معرض مشكاة التفاعلي | p5_mishkat
ORG | مدينة الملك عبدالله للطاقة الذرية والمتجددة | p5_kacare
FAC | مسرح المفتاحة | p5_theatre
ORG | جمعية الثقافة والفنون | p5_sasca
NORP | السعودية | p5_saudi
PER | ملحة عبدالله | p5_malha

@P6
EVENT | ملتقى السياحة المعرفية | p6_forum

@P7
EVENT | أبها يجمعنا | p7_festival
DATE | يوم غد الأحد | p7_sunday
DATE | السبت القادم | p7_saturday
GPE | عسير | p7_asir

@P8
PER | فيصل بن خالد بن عبدالعزيز | p8_faisal
GPE | عسير | p8_asir
ORG | مجلس التنمية السياحية | p8_tdc
REL | ROLE | p8_faisal | p8_asir
REL | ROLE | p8_faisal | p8_tdc

@P9
FAC | متنزه السودة | p9_park
EVENT | مهرجان السودة | p9_festival

@P10
FAC | قرية المفتاحة | p10_muftaha
GPE | أبها | p10_abha
EVENT | ملتقى السياحة المعرفية | p10_forum
ORG | مجلس شباب منطقة عسير | p10_youth
EVENT | مشكاة | p10_mishkat
ORG | مدينة الملك عبدالله للطاقة الذرية والمتجددة | p10_kacare
LOC | بحيرة السد | p10_lake
REL | LOCATED_IN | p10_muftaha | p10_abha

@P11
EVENT | مهرجان أبها للتسوق | p11_festival

@P12
PER | فاطمة الزامل | p12_zamil
EVENT | مهرجان أبها للتسوق | p12_festival1
EVENT | مهرجان أبها للتسوق | p12_festival2

@P14
GPE | خميس مشيط | p14_khamis1
EVENT | كأس أمير منطقة عسير | p14_cup
PER | فيصل بن خالد | p14_faisal
EVENT | صُنع في عسير | p14_expo
FAC | مركز الأمير سلطان الحضاري | p14_center
GPE | خميس مشيط | p14_khamis2
REL | LOCATED_IN | p14_center | p14_khamis2

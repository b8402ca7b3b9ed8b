# saudinewsnet_part013_0745 (second annotator: second8)
@P1
ORG | الأهلي | p1_ahli
PER | زويهري | p1_zuwaihri
PER | ميسي | p1_messi
GPE | اليونان | p1_greece

@P2
ORG | النادي الأهلي | p2_ahli
DATE | يوم أمس | p2_yesterday
DATE | يوم الأحد الأول من شهر ذي القعدة المقبل | p2_dhulqada

@P3
ORG | الرئاسة العامة لرعاية الشباب | p3_gpyw

@P4
PER | مساعد بن هليل الزويهري | p4_zuwaihri

@P5
ORG | مكتب رعاية الشباب | p5_ywo
GPE | جدة | p5_jeddah
ORG | النادي الأهلي | p5_ahli
PER | فهد بن خالد | p5_fahd
ORG | مكتب الرئاسة العامة لرعاية الشباب | p5_ywo2
GPE | جدة | p5_jeddah2
PER | أحمد روزي | p5_rozi
ORG | النادي الأهلي | p5_ahli2
DATE | أمس الخميس | p5_thu
DATE | يوم الأحد أول ذي القعدة المقبل | p5_dhulqada
ORG | الرئاسة العامة لرعاية الشباب | p5_gpyw
MONEY | ٨٠٠ ألف ريال | p5_money
GPE | لوزان | p5_lausanne
GPE | سويسرا | p5_swiss
NORP | السويسري | p5_swiss_adj
PER | كرستيان جروس | p5_gross
PER | جروس | p5_gross2
ORG | النادي الأهلي | p5_ahli3
NORP | الروماني | p5_romanian
PER | سيوريانو فلورين | p5_florin
FAC | مركز الأمير عبدالله الفيصل لقطاع الناشئين والشباب والأولمبي | p5_center
PER | محمد العسيري | p5_asiri
PER | أحمد بامعوضة | p5_bamaoda
PER | سيوريانو فلورين | p5_florin2
PER | سيوريانو فلورين | p5_florin3
GPE | جدة | p5_jeddah3
ORG | الاتحاد | p5_ittihad
ORG | القادسية | p5_qadsia
NORP | الكويتي | p5_kuwaiti
ORG | الوحدة | p5_wahda
ORG | النصر | p5_nassr
REL | LOCATED_IN | p5_ywo | p5_jeddah
REL | ROLE | p5_fahd | p5_ahli
REL | LOCATED_IN | p5_ywo2 | p5_jeddah2
REL | ROLE | p5_rozi | p5_ywo2
REL | LOCATED_IN | p5_lausanne | p5_swiss
REL | ROLE | p5_florin | p5_ahli3
REL | VISIT | p5_florin3 | p5_jeddah3
REL | ROLE | p5_florin3 | p5_ittihad
REL | ROLE | p5_florin3 | p5_qadsia
REL | ROLE | p5_florin3 | p5_wahda
REL | ROLE | p5_florin3 | p5_nassr

@P6
ORG | النادي الأهلي | p6_ahli
NORP | اليوناني | p6_greek
PER | ايوانيس | p6_ioannis
PER | ميسي | p6_messi
MONEY | ٤) ملايين يورو | p6_money
NORP | اليوناني | p6_greek2
REL | ROLE | p6_ioannis | p6_ahli

@P7
ORG | بل بيين | p7_biel
NORP | السويسري | p7_swiss
